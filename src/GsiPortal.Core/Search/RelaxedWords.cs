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
    public static Relaxation Lacking(Relaxation how, BuiltQuery built, FixedBitSet matched, ClauseMatches clauseMatches)
    {
        if (how.NotRequired.Count == 0) return how;
        var lacking = how.NotRequired.Where(word => built.Clauses.Any(c => c.Text == word && !HeldByAll(clauseMatches.Of(c.Query), matched))).ToList();
        return lacking.Count == how.NotRequired.Count ? how : how with { NotRequired = lacking };
    }

    private static bool HeldByAll(FixedBitSet holding, FixedBitSet matched) =>
        FixedBitSet.IntersectionCount(matched, holding) == matched.Cardinality;
}
