using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// What a relaxed answer may say it did without: only the words some of its results lack. A relaxation stops
/// requiring a word ("security", found in a quarter of the units) whether or not its results hold it, and the page
/// said "Showing results without requiring: security" over results that every one held "security" ("what about food
/// security"), or "passages without security or issues" over passages holding "food security" (a fresh-eyes review).
/// </summary>
internal static class RelaxedWords
{
    /// <summary>
    /// <paramref name="how"/> with <see cref="Relaxation.NotRequired"/> cut to the words that at least one of the
    /// <paramref name="matched"/> units (the relaxed search's results, under its filters) does not hold in any field.
    /// </summary>
    public static Relaxation Lacking(Relaxation how, BuiltQuery built, FixedBitSet? matched, ClauseMatches clauseMatches)
    {
        if (how.NotRequired.Count == 0 || matched is null) return how;
        List<string>? lacking = null;
        for (var i = 0; i < how.NotRequired.Count; i++)
        {
            var word = how.NotRequired[i];
            var lacked = false;
            foreach (var c in built.Clauses)
                if (c.Text == word && !HeldByAll(clauseMatches.Of(c.Query), matched)) { lacked = true; break; }
            // Copied only at the first word every result holds: most relaxed answers name every word they may.
            if (!lacked) lacking ??= [.. how.NotRequired.Take(i)];
            else lacking?.Add(word);
        }
        return lacking is null ? how : how with { NotRequired = lacking };
    }

    /// <summary>
    /// <paramref name="how"/>, where it did not require every meaningful word (a floor, or a word dropped), with what the page must say to be true of
    /// the results: the passages in all the texts holding one or more of the words that are not among the
    /// <paramref name="matched"/> results (<see cref="Relaxation.Others"/>; not counted under a filter, whose results are
    /// a part of the texts), and each word's own count (<see cref="Relaxation.Alone"/>).
    /// </summary>
    public static Relaxation WithOthers(Relaxation how, BuiltQuery built, FixedBitSet? matched, ClauseMatches clauseMatches, bool filtered)
    {
        // A word dropped ("regime change" searched as "regime"): the passages holding only the dropped word are left out
        // as surely as the floor leaves out those holding fewer words, and the page said only "without requiring:
        // change" over one result, as if "change" were nowhere else (review 20, D9).
        if ((!how.MostOf && how.NotRequired.Count == 0) || matched is null) return how;
        FixedBitSet? any = null;
        var alone = new List<FoundAlone>();
        foreach (var c in built.Clauses)
        {
            if (c.IsFunctionWord) continue;
            var holding = clauseMatches.Of(c.Query);
            if (!alone.Exists(f => f.Query == c.Alone)) alone.Add(new FoundAlone(c.Text, c.Alone, holding.Cardinality));
            if (filtered) continue;
            if (any is null) any = (FixedBitSet)holding.Clone();
            else any.Or(holding);
        }
        var others = any is null ? -1 : any.Cardinality - (int)FixedBitSet.IntersectionCount(any, matched);
        return how with { Others = others, Alone = alone };
    }

    private static bool HeldByAll(FixedBitSet holding, FixedBitSet matched) =>
        FixedBitSet.IntersectionCount(matched, holding) == matched.Cardinality;
}
