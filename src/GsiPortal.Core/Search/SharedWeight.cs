using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// A query kept for the index's lifetime (a clause's query, a pair's near-phrase boost, a word's exact-form boost)
/// whose weight is made once and shared by every search that holds it (<see cref="SharedWeight"/>).
/// </summary>
internal interface IKeptWeightQuery
{
    /// <summary>The weight Lucene would make for the query, made afresh.</summary>
    Weight CreateOwnWeight(IndexSearcher searcher);

    /// <summary>
    /// Whether its weight is worth keeping: a query that matches nothing (a stranger's "security 123": the number is in
    /// no unit) is weighed each time, as before, rather than holding about a kilobyte for every such word typed (1.8 MB
    /// more heap after load.sh's mix when every weight was kept). Asked only until a weight is kept.
    /// </summary>
    bool WorthKeeping(KnownTermsSearcher searcher);
}

/// <summary>
/// The weight of a kept query, made and normalised once per searcher. Lucene weighs every query of every search afresh:
/// a tree of weights, one per term and phrase in each field, each with its term statistics and idf — an eighth of a
/// distinct search's time in the profile (docs/performance.md, the tenth session), for the same clauses and boosts
/// over and over, since words recur across searches far more than queries do. A weight, once normalised, only reads
/// its fields to make scorers, so one may serve every search at once; normalisation is the one thing a search changes,
/// and under this index's similarity it is always the same (a query norm of 1, no boost above a clause) — a search
/// that normalises it otherwise (a light clause's ¼) gets a weight of its own, as before. Scores are unchanged: the
/// weight is the very one Lucene would have made and normalised.
/// </summary>
internal sealed class SharedWeight
{
    private readonly Query owner;
    private readonly IndexSearcher searcher;
    private readonly float boost;

    private SharedWeight(Query owner, IndexSearcher searcher, Weight weight)
    {
        this.owner = owner;
        this.searcher = searcher;
        boost = owner.Boost;
        // As IndexSearcher.CreateNormalizedWeight does: the value first, then the normalisation.
        Value = weight.GetValueForNormalization();
        weight.Normalize(1f, 1f);
        Weight = weight;
        scores = new ResidentScores?[searcher.IndexReader.Leaves.Count];
    }

    /// <summary>The weight normalised with a query norm of 1 and no boost from above. Shared: never normalised again.</summary>
    public Weight Weight { get; }

    /// <summary>Its value for normalisation, which normalising does not change.</summary>
    public float Value { get; }

    /// <summary>Each segment's units and scores under <see cref="Weight"/>, by the segment's place; each made at its first search.</summary>
    private readonly ResidentScores?[] scores;

    /// <summary>
    /// The units <see cref="Weight"/>'s scorer matches in the segment, with their scores, read once by running that very
    /// scorer (null for a segment of another reader). The weight never changes, nor the index, so neither do they.
    /// </summary>
    private ResidentScores? ScoresIn(AtomicReaderContext context)
    {
        if (context.Ord >= scores.Length || !ReferenceEquals(searcher.IndexReader.Leaves[context.Ord].Reader, context.Reader)) return null;
        var known = Volatile.Read(ref scores[context.Ord]);
        if (known is not null) return known;
        // Two searches may read them at once: each makes the same, and the last one kept serves the rest.
        known = ResidentScores.Of(Weight, context);
        Volatile.Write(ref scores[context.Ord], known);
        return known;
    }

    /// <summary>
    /// The weight of <paramref name="query"/> for one search: the kept one when it was made for this very query (not a
    /// copy Lucene made in rewriting it, whose boost may differ) and searcher; else made now, and kept in
    /// <paramref name="slot"/> when <see cref="IKeptWeightQuery.WorthKeeping"/>.
    /// </summary>
    public static Weight For<TQuery>(TQuery query, KnownTermsSearcher searcher, ref SharedWeight? slot) where TQuery : Query, IKeptWeightQuery
    {
        var kept = Volatile.Read(ref slot);
        if (kept is null || !ReferenceEquals(kept.owner, query) || !ReferenceEquals(kept.searcher, searcher) || kept.boost != query.Boost)
        {
            if (!query.WorthKeeping(searcher)) return query.CreateOwnWeight(searcher);
            kept = new SharedWeight(query, searcher, query.CreateOwnWeight(searcher));
            Volatile.Write(ref slot, kept);
        }
        return new OneSearch(kept, query, searcher);
    }

    /// <summary>
    /// One search's hold on a shared weight: the shared one while the search normalises it as it was normalised, else
    /// a weight of its own. Scorers and explanations come from whichever it holds.
    /// </summary>
    private sealed class OneSearch(SharedWeight shared, IKeptWeightQuery query, IndexSearcher searcher) : Weight
    {
        private Weight held = shared.Weight;

        public override Query Query => held.Query;

        public override float GetValueForNormalization() => shared.Value;

        public override void Normalize(float norm, float topLevelBoost)
        {
            if (norm == 1f && topLevelBoost == 1f)
            {
                held = shared.Weight;
                return;
            }
            var own = query.CreateOwnWeight(searcher);
            own.GetValueForNormalization();
            own.Normalize(norm, topLevelBoost);
            held = own;
        }

        /// <summary>
        /// Where the search normalised it as it was normalised and passes every unit (an index without deletions): the
        /// shared weight's units and scores read from arrays (<see cref="ResidentScores"/>), not a tree of scorers made
        /// and stepped afresh. Else the held weight's own scorer, as before.
        /// </summary>
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (acceptDocs is null && ReferenceEquals(held, shared.Weight) && shared.ScoresIn(context) is { } resident)
                return resident.Scorer(shared.Weight);
            return held.GetScorer(context, acceptDocs);
        }

        /// <summary>In order (every collector of a ranked search asks so), over <see cref="GetScorer"/>'s scorer; out of order, the held weight's own.</summary>
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs) =>
            scoreDocsInOrder ? base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs) : held.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);

        public override bool ScoresDocsOutOfOrder => held.ScoresDocsOutOfOrder;

        public override Explanation Explain(AtomicReaderContext context, int doc) => held.Explain(context, doc);
    }
}
