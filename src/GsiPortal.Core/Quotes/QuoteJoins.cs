namespace GsiPortal.Core.Quotes;

/// <summary>
/// Words joined from two places: two real sentences of different items (or of one item, out of order) quoted as one.
/// The closest place accounts for one stretch of the quotation and leaves the rest as words it does not have; when that
/// rest is itself found — word for word or nearly — somewhere else, the quotation is two quotations joined, and the
/// answer names both places ("these words come from two places") rather than reading the second as differences from
/// the first ("'Humanity' in place of 'which'", issue 23).
/// </summary>
internal static class QuoteJoins
{
    /// <summary>Sentence ends tried per quotation: each costs two checks, and a quotation of many sentences joined is rare.</summary>
    private const int MaxSentenceSplits = 6;
    /// <summary>A part found nearly word for word has most of its content words in one paragraph; below this share it is not aligned at all.</summary>
    private const double MinPartResemblance = 0.7;

    /// <summary>The two parts in the quotation's order, or null when the quotation is not two places joined.</summary>
    public static IReadOnlyList<QuoteMatch>? Find(QuoteChecker checker, QuotedText quote, QuoteMatch? best)
    {
        var words = quote.Words;
        // Each stretch is checked once: the rest beside the closest place is often a sentence split's part already tried.
        var parts = new Dictionary<(int, int), QuoteMatch?>();
        QuoteMatch? Part(int first, int last)
        {
            if (!parts.TryGetValue((first, last), out var part)) parts[(first, last)] = part = QuoteJoins.Part(checker, quote, first, last);
            return part;
        }
        // First where the quotation itself ends a sentence: the usual join, two sentences run together.
        var splits = 0;
        for (var k = QuoteChecker.MinWords; k <= words.Count - QuoteChecker.MinWords && splits < MaxSentenceSplits; k++)
        {
            if (quote.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(".;!?") < 0) continue;
            splits++;
            if (Part(0, k - 1) is { } head && Part(k, words.Count - 1) is { } tail) return [head, tail];
        }
        if (best is null) return null;
        var (first, last) = best.QuotedSpan;
        if (last < first) return null;
        // Then mid-sentence: the rest is what the closest place does not account for. the longer of the quoted words before and after the stretch the closest place accounts for.
        var (restFirst, restLast) = first >= words.Count - 1 - last ? (0, first - 1) : (last + 1, words.Count - 1);
        if (restLast - restFirst + 1 < QuoteChecker.MinWords) return null;
        var (coreFirst, coreLast) = restFirst == 0 ? (restLast + 1, words.Count - 1) : (0, restFirst - 1);
        if (coreLast - coreFirst + 1 < QuoteChecker.MinWords) return null;

        var core = Part(coreFirst, coreLast);
        var rest = Part(restFirst, restLast);
        if (core is null || rest is null) return null;
        return restFirst == 0 ? [rest, core] : [core, rest];
    }

    /// <summary>The place one stretch of the quotation stands in, when it stands somewhere nearly word for word.</summary>
    private static QuoteMatch? Part(QuoteChecker checker, QuotedText quote, int first, int last)
    {
        var text = quote.Text[quote.Words[first].Start..quote.Words[last].End];
        var result = checker.CheckOne(new QuotedText(text), out _, MinPartResemblance);
        var match = result.Matches.FirstOrDefault();
        return result.Verdict == QuoteVerdict.Exact || match is { Coverage: >= QuoteChecker.JoinBelow } ? match : null;
    }
}
