using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// The units a shared weight's scorer matches in one segment and the score it gives each, read once by running that
/// very scorer to the end (<see cref="SharedWeight"/>). A kept clause's scorer is a tree — each of its forms in the
/// text, the title, the section heading and the record, a term or phrase scorer each — that every search made and
/// stepped afresh, the strict query's and each relaxation's: about a fifth of a search's samples in the profile
/// (docs/performance.md, the nineteenth session). A weight, once shared, never changes, nor does the index, so neither
/// do the units and scores: a search reads them from two arrays.
/// </summary>
/// <remarks>
/// Scores are Lucene's own, bit for bit: a unit's score under a clause does not depend on how its scorer reached the
/// unit (Lucene's disjunctions sum their parts in a double, exact for the few parts of a clause), and the parent
/// scorers that order their parts by cost (a conjunction sums in that order, in floats) are given the cost the tree
/// reported. A segment where the weight made no scorer gets none here either. About 8 bytes a unit matched.
/// </remarks>
internal sealed class ResidentScores
{
    private readonly int[] docs;
    private readonly float[] scores;
    private readonly long cost;
    private readonly bool noScorer;

    private ResidentScores(int[] docs, float[] scores, long cost, bool noScorer)
    {
        this.docs = docs;
        this.scores = scores;
        this.cost = cost;
        this.noScorer = noScorer;
    }

    /// <summary>The units and scores of <paramref name="weight"/> (normalised, never to change) in the segment <paramref name="context"/>, every unit accepted.</summary>
    public static ResidentScores Of(Weight weight, AtomicReaderContext context)
    {
        if (weight.GetScorer(context, null) is not { } scorer) return new([], [], 0, noScorer: true);
        // Before stepping: a disjunction's cost sums the parts still on its heap, and an exhausted part leaves it.
        var cost = scorer.GetCost();
        var docs = new List<int>();
        var scores = new List<float>();
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            docs.Add(doc);
            scores.Add(scorer.GetScore());
        }
        return new([.. docs], [.. scores], cost, noScorer: false);
    }

    /// <summary>A scorer over them for one search (null where the weight made none), under <paramref name="weight"/> as the tree was.</summary>
    public Scorer? Scorer(Weight weight) => noScorer ? null : new ResidentScorer(weight, this);

    /// <summary>Steps through the kept units in order; scores are read, not computed.</summary>
    private sealed class ResidentScorer(Weight weight, ResidentScores kept) : Scorer(weight)
    {
        private int at = -1;
        private int doc = -1;

        public override int DocID => doc;

        // Read by no parent scorer (a boolean scorer counts its matching parts, not their frequencies).
        public override int Freq => 1;

        public override float GetScore() => kept.scores[at];

        public override long GetCost() => kept.cost;

        public override int NextDoc() => doc = ++at < kept.docs.Length ? kept.docs[at] : NO_MORE_DOCS;

        public override int Advance(int target)
        {
            var docs = kept.docs;
            var from = at + 1;
            if (from >= docs.Length) return doc = NO_MORE_DOCS;
            var found = Array.BinarySearch(docs, from, docs.Length - from, target);
            at = found >= 0 ? found : ~found;
            return doc = at < docs.Length ? docs[at] : NO_MORE_DOCS;
        }
    }
}
