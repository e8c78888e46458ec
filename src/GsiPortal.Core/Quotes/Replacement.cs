using GsiPortal.Core.Search;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// Words put in place of the text's that the check does not judge: it flags a negation, modal, quantifier or number
/// changed and a word put in place of its opposite on the editors' list (<see cref="MeaningChange"/>), and cannot tell
/// whether any other replacement keeps the meaning ("military means" for "dialogue and negotiation"). A fresh-eyes
/// review found such replacements answered with no flag, which a reader took for "the meaning is kept" (D5, the
/// eighteenth session); they are named instead, so that the reader judges them against the text.
/// </summary>
public static class Replacement
{
    /// <summary>
    /// True when <paramref name="difference"/> puts other words in the text's place and nothing in it says how the
    /// meaning fares: no meaning change was flagged in it, it corrects no misprint of the source's own, and it is not
    /// the same word in another form, another spelling of English ("realise", "realize") or misspelt by one letter.
    /// </summary>
    public static bool IsUnjudged(QuoteDifference difference, IReadOnlyList<MeaningChange> flagged, IReadOnlyList<Misprint> misprints) =>
        difference.Kind == DifferenceKind.Substituted && flagged.Count == 0 && !Misprint.Corrects(difference, misprints)
        && !SameWord(difference) && !IsSpellingVariant(difference) && !Contraction.Is(difference);

    /// <summary>One word given in the other spelling of English ("realise" for "realize", "neighbours" for "neighbors"): the search's pairs of endings.</summary>
    public static bool IsSpellingVariant(QuoteDifference difference) =>
        difference.Kind == DifferenceKind.Substituted && Single(difference.Quoted) is { } q && Single(difference.Source) is { } s
        && SpellingVariants.OtherSpellings(q).Contains(s, StringComparer.Ordinal);

    /// <summary>The same word in another regular form ("solves", "solve"), or misspelt by one letter ("comunity").</summary>
    private static bool SameWord(QuoteDifference difference) =>
        Single(difference.Quoted) is { } q && Single(difference.Source) is { } s
        && (QuoteWords.Inflected(q, s) || (Math.Min(q.Length, s.Length) >= 5 && OneSlip(q, s)));

    private static string? Single(string words) => QuoteWords.Of(words) is [var w] ? w.Key : null;

    /// <summary>One letter added, dropped, changed, or two neighbours swapped.</summary>
    private static bool OneSlip(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
