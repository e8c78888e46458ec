namespace GsiPortal.Core.Quotes;

/// <summary>
/// A quotation's last words set against the rest of the sentence it stops in. The aligner leaves the source free
/// after the last word it matches, as it must (a quotation may stop anywhere), so a quotation that ends by changing
/// the text is read as stopping early: "… should be ignored." against "… should be taken seriously and addressed
/// properly, not persistently ignored …" was "“ignored” in place of “taken”", no change of meaning, and "… should be
/// taken" offered as the text ready to copy; "… at the expense of that of its neighbours." against "… of that of
/// others." was "its neighbours" added, and "others" never named (a reader's review, 6 December 2026).
/// </summary>
/// <remarks>
/// The change at the end is then measured against the sentence's remaining words, when either says it was replaced:
/// they are few (at most <see cref="FewWords"/>: a quoter who wrote on past them put words in their place), or they
/// hold, negated, a word the quotation ends with (the quotation asserts what the text denies). A quotation that merely
/// stops inside a long sentence, its last word misspelt, keeps its alignment: the text after it was not quoted.
/// </remarks>
public static class QuoteEnding
{
    /// <summary>At most this many words left in the sentence are taken to be what the quotation's last words replace.</summary>
    public const int FewWords = 3;

    /// <summary>Words before a word that may negate it: "not persistently ignored".</summary>
    private const int NegationReach = 3;

    /// <summary>The alignment with its final change taken to the sentence's end, when the rest of the sentence was replaced; else the same.</summary>
    public static QuoteAlignment Completed(QuoteAlignment alignment, QuotedText quote, SourceParagraph source)
    {
        var steps = alignment.Steps;
        var lastSame = -1;
        for (var i = steps.Count - 1; i >= 0; i--)
            if (steps[i].Kind == AlignedKind.Same) { lastSame = i; break; }
        if (lastSame < 0 || lastSame == steps.Count - 1) return alignment;
        var tail = steps.Skip(lastSame + 1).ToList();
        if (tail.Any(s => s.Kind == AlignedKind.Elided)) return alignment;
        var quoted = tail.Where(s => s.Quote >= 0 && !quote.Bracketed[s.Quote]).Select(s => s.Quote).ToList();
        if (quoted.Count == 0) return alignment;
        var end = source.SentenceEnd(alignment.SourceEnd);
        var rest = end - alignment.SourceEnd;
        if (rest <= 0) return alignment;
        if (rest > FewWords && !DeniedAfter(quoted.Select(q => quote.Words[q].Key), source, alignment.SourceEnd + 1, end)) return alignment;

        var sourced = tail.Where(s => s.Source >= 0).Select(s => s.Source).Concat(Enumerable.Range(alignment.SourceEnd + 1, rest)).ToList();
        var allQuoted = tail.Where(s => s.Quote >= 0).Select(s => s.Quote).ToList();
        var completed = steps.Take(lastSame + 1).ToList();
        for (var i = 0; i < Math.Max(allQuoted.Count, sourced.Count); i++)
            completed.Add(i < allQuoted.Count && i < sourced.Count ? new AlignedWord(AlignedKind.Substituted, allQuoted[i], sourced[i])
                : i < allQuoted.Count ? new AlignedWord(AlignedKind.Added, allQuoted[i], -1)
                : new AlignedWord(AlignedKind.Omitted, -1, sourced[i]));
        return alignment with { Steps = completed, SourceEnd = end };
    }

    /// <summary>True when a word of <paramref name="keys"/> stands among the source's words from <paramref name="from"/> to <paramref name="to"/> with a negation just before it.</summary>
    private static bool DeniedAfter(IEnumerable<string> keys, SourceParagraph source, int from, int to)
    {
        var wanted = keys.Where(k => !Text.StopWords.Contains(k)).ToHashSet(StringComparer.Ordinal);
        for (var i = from; i <= to; i++)
            if (wanted.Contains(source.Words[i].Key))
                for (var j = Math.Max(0, i - NegationReach); j < i; j++)
                    if (MeaningChange.IsNegation(source.Words[j].Key)) return true;
        return false;
    }
}
