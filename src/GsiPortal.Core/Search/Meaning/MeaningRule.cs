namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// When the meaning path may add results, learned on the tuning sets only (search-judgements-own-words-tuning.tsv
/// and the two earlier sets; docs/search.md, "Found by meaning"): never where keyword search works, and never where
/// the nearest passage does not stand out from the rest, since a question the texts do not answer still has a
/// nearest passage, scoring as high as many right ones (0.50–0.64 against 0.46–0.81).
/// </summary>
public static class MeaningRule
{
    /// <summary>Keyword search found fewer results than this (the same "too little" as relaxation's).</summary>
    public const int KeywordsTooFew = 3;

    /// <summary>
    /// The nearest passage's score plus its lead over the second must reach this. The highest of the tuning sets'
    /// no-answer queries was 0.682 ("Iran nuclear deal": 0.644 + 0.038); a floor on the score alone gained fewer
    /// right answers at the same junk (0.645: +3 first results against +5).
    /// </summary>
    public const float StandsOut = 0.69f;

    /// <summary>After the nearest, passages this close to its score are shown too.</summary>
    public const float Within = 0.05f;

    /// <summary>At most this many passages are shown as found by meaning.</summary>
    public const int MaxShown = 3;

    /// <summary>The units to show, best first, from every unit's score (best first), or none.</summary>
    public static IReadOnlyList<(int Unit, float Score)> Choose(IReadOnlyList<(int Unit, float Score)> nearest)
    {
        if (nearest.Count == 0) return [];
        var lead = nearest.Count > 1 ? nearest[0].Score - nearest[1].Score : nearest[0].Score;
        if (nearest[0].Score + lead < StandsOut) return [];
        return nearest.TakeWhile(n => n.Score >= nearest[0].Score - Within).Take(MaxShown).ToList();
    }
}
