using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// A <see cref="PhraseQuery"/> whose exact form (no slop) is scored without Lucene's ExactPhraseScorer, which
/// allocates two tables of 4,096 ints for every scorer it makes: 32 KB per phrase per search, the largest
/// allocation of a search of two words (the exact-phrase boosts in the text and the headings; docs/performance.md).
/// Here a unit's phrase frequency is counted from the few positions its words have in it. Matches, frequencies,
/// statistics, cost and scores are Lucene's own: the same units in the same order, the same
/// <see cref="Similarity.SimScorer"/> fed the same frequency, and no scorer where Lucene would make none. Equal to a
/// PhraseQuery of the same terms (its equality and hash are PhraseQuery's), so it keys the same caches. A sloppy
/// phrase is Lucene's own: its scorer allocates little.
/// </summary>
internal sealed class ExactPhraseQuery : PhraseQuery, IKeptWeightQuery
{
    /// <summary>Kept across searches (a pair's near-phrase boost): weighed once and shared (<see cref="SharedWeight"/>).</summary>
    public bool Kept { get; init; }

    private SharedWeight? weight;

    public override Weight CreateWeight(IndexSearcher searcher) =>
        Kept && searcher is KnownTermsSearcher known ? SharedWeight.For(this, known, ref weight) : ((IKeptWeightQuery)this).CreateOwnWeight(searcher);

    /// <summary>When every term is in some unit: a phrase of a word found nowhere matches nothing.</summary>
    bool IKeptWeightQuery.WorthKeeping(KnownTermsSearcher searcher)
    {
        foreach (var term in GetTerms())
            if (searcher.DocFreq(term) == 0) return false;
        return true;
    }

    Weight IKeptWeightQuery.CreateOwnWeight(IndexSearcher searcher) => Slop == 0 ? new ExactPhraseWeight(this, searcher) : base.CreateWeight(searcher);

    /// <summary>As Lucene's PhraseWeight: each term's statistics (kept by <see cref="KnownTermsSearcher"/>) weighed by the similarity.</summary>
    private sealed class ExactPhraseWeight : Weight
    {
        private readonly ExactPhraseQuery query;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;
        private readonly Term[] terms;
        private readonly int[] positions;
        private readonly TermContext[] states;

        public ExactPhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
        {
            this.query = query;
            similarity = searcher.Similarity;
            terms = query.GetTerms();
            positions = query.GetPositions();
            states = new TermContext[terms.Length];
            var termStats = new TermStatistics[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                states[i] = searcher is KnownTermsSearcher known ? known.ContextOf(terms[i]) : TermContext.Build(searcher.TopReaderContext, terms[i]);
                termStats[i] = searcher.TermStatistics(terms[i], states[i]);
            }
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(terms[0].Field), termStats);
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var fieldTerms = context.AtomicReader.GetTerms(terms[0].Field);
            if (fieldTerms is null) return null;
            var termsEnum = fieldTerms.GetEnumerator();
            var postings = new PhrasePostings[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                // A term absent from the segment: no scorer, as Lucene answers.
                if (states[i].Get(context.Ord) is not { } state) return null;
                termsEnum.SeekExact(terms[i].Bytes, state);
                var enumerator = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{terms[i].Field}\" was indexed without positions; cannot run a phrase query");
                postings[i] = new PhrasePostings(enumerator, termsEnum.DocFreq, positions[i], terms[i]);
            }
            // Rarest first, as Lucene sorts them (PostingsAndFreq): the first term leads, and its cost is the scorer's.
            Array.Sort(postings, static (a, b) => a.DocFreq != b.DocFreq ? a.DocFreq - b.DocFreq
                : a.Position != b.Position ? a.Position - b.Position : a.Term.CompareTo(b.Term));
            var scorer = new PositionsPhraseScorer(this, postings, similarity.GetSimScorer(stats, context));
            return scorer.NoDocs ? null : scorer;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var scored = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
                var result = new ComplexExplanation(true, scored.Value, $"weight({query} in {doc}) [{similarity.GetType().Name}], result of:");
                result.AddDetail(scored);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }
}

/// <summary>One term of a phrase: its postings in a segment, how many units hold it, and its place in the phrase.</summary>
internal sealed class PhrasePostings(DocsAndPositionsEnum postings, int docFreq, int position, Term term)
{
    public DocsAndPositionsEnum Postings { get; } = postings;
    public int DocFreq { get; } = docFreq;
    public int Position { get; } = position;
    public Term Term { get; } = term;

    /// <summary>The term's positions in the current unit, read when the phrase is counted there.</summary>
    public int[] Read { get; set; } = new int[8];
}

/// <summary>
/// Walks the units holding every term of the phrase (the rarest term leading, as Lucene's ExactPhraseScorer does) and
/// counts, in each, the places where the terms stand at their offsets: the number of start positions p ≥ 0 such that
/// every term occurs at p plus its place in the phrase. Lucene's scorer counts the same in chunks of 4,096 positions.
/// </summary>
internal sealed class PositionsPhraseScorer : Scorer
{
    private readonly PhrasePostings[] postings;
    private readonly Similarity.SimScorer docScorer;
    private readonly long cost;
    private int docID = -1;
    private int freq;

    public PositionsPhraseScorer(Weight weight, PhrasePostings[] postings, Similarity.SimScorer docScorer) : base(weight)
    {
        this.postings = postings;
        this.docScorer = docScorer;
        cost = postings[0].Postings.GetCost();
        // Lucene's scorer steps every term but the first onto its first unit, and makes no scorer when one has none.
        for (var i = 1; i < postings.Length; i++)
            if (postings[i].Postings.NextDoc() == NO_MORE_DOCS) { NoDocs = true; return; }
    }

    public bool NoDocs { get; }

    public override int DocID => docID;

    public override int Freq => freq;

    public override float GetScore() => docScorer.Score(docID, freq);

    public override long GetCost() => cost;

    public override int NextDoc() => Next(postings[0].Postings.NextDoc());

    public override int Advance(int target) => Next(postings[0].Postings.Advance(target));

    /// <summary>From the first term's unit <paramref name="doc"/>: the first unit at or after it where the phrase stands.</summary>
    private int Next(int doc)
    {
        while (doc != NO_MORE_DOCS)
        {
            var all = true;
            for (var i = 1; i < postings.Length && all; i++)
            {
                var other = postings[i].Postings;
                var at = other.DocID;
                if (at < doc) at = other.Advance(doc);
                all = at == doc;
            }
            if (all && (freq = PhraseFreq()) > 0) return docID = doc;
            doc = postings[0].Postings.NextDoc();
        }
        return docID = NO_MORE_DOCS;
    }

    /// <summary>How many start positions have every term at its offset, in the current unit.</summary>
    private int PhraseFreq()
    {
        for (var i = 0; i < postings.Length; i++)
        {
            var term = postings[i];
            var count = term.Postings.Freq;
            if (term.Read.Length < count) term.Read = new int[Math.Max(count, 2 * term.Read.Length)];
            for (var k = 0; k < count; k++) term.Read[k] = term.Postings.NextPosition() - term.Position;
        }
        var lead = postings[0];
        var leadCount = lead.Postings.Freq;
        Span<int> cursor = postings.Length <= 16 ? stackalloc int[postings.Length] : new int[postings.Length];
        var found = 0;
        var last = -1;
        for (var k = 0; k < leadCount; k++)
        {
            var start = lead.Read[k];
            // A start before the text, or one already counted (positions may repeat), counts nothing.
            if (start <= last) continue;
            last = start;
            var all = true;
            for (var i = 1; i < postings.Length && all; i++)
            {
                var other = postings[i];
                var count = other.Postings.Freq;
                var c = cursor[i];
                while (c < count && other.Read[c] < start) c++;
                cursor[i] = c;
                all = c < count && other.Read[c] == start;
            }
            if (all) found++;
        }
        return found;
    }
}
