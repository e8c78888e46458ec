using GsiPortal.Core.Search;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// The place a paraphrase most resembles, by its words' stems weighed by their rarity, as search weighs them: a
/// paraphrase changes word forms ("the weaponization of food" for priority 18's "weaponizing food") and adds the
/// words every commentary writes ("China"), so counting its exact words named Dong Chunling ¶11 (which says "China"
/// and "food") for "China opposes the weaponization of food", not priority 18 (a fresh-eyes review). Built on first
/// use: only a check that finds no quotation asks.
/// </summary>
internal sealed class ParaphraseSources
{
    private readonly List<HashSet<string>> stemsOf;
    private readonly Dictionary<string, double> rarity = new(StringComparer.Ordinal);

    public ParaphraseSources(IReadOnlyList<SourceParagraph> paragraphs)
    {
        stemsOf = paragraphs.Select(p => TextAnalysis.Terms(p.Paragraph.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stems in stemsOf)
            foreach (var stem in stems) counts[stem] = counts.GetValueOrDefault(stem) + 1;
        // BM25's idf over the paragraphs: a stem in every paragraph weighs next to nothing.
        foreach (var (stem, df) in counts) rarity[stem] = Math.Log(1 + (stemsOf.Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>
    /// The paragraph holding the greatest weight of the passage's stems, and at least <paramref name="minShare"/> of
    /// them; on a tie the one <paramref name="preferred"/> says first (the paper's), then the first in reading order.
    /// Null when none holds enough.
    /// </summary>
    public int? Nearest(string passage, double minShare, Func<int, bool> preferred)
    {
        var stems = TextAnalysis.Terms(passage).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0) return null;
        int? best = null;
        double bestWeight = 0;
        for (var i = 0; i < stemsOf.Count; i++)
        {
            var held = stems.Where(stemsOf[i].Contains).ToList();
            if (held.Count < minShare * stems.Count) continue;
            var weight = held.Sum(s => rarity[s]);
            var better = best is not { } b || weight > bestWeight + 1e-9 || (Math.Abs(weight - bestWeight) <= 1e-9 && preferred(i) && !preferred(b));
            if (better) (best, bestWeight) = (i, weight);
        }
        return best;
    }
}
