namespace GsiPortal.Core.Quotes;

/// <summary>
/// Whether a negation left out went with the words it governs. "Abusing unilateral sanctions and long-arm
/// jurisdiction … only creates more difficulties" cuts "does not solve a problem, but": the "not" and its whole clause,
/// and what is quoted still says what the text says; it was headlined "the meaning changes" (a fresh-eyes review).
/// "Security of one country should … come at the expense of that of others" cuts the "not" alone: its clause goes on
/// in the quotation, which now asserts what the text denies. Decided by the clause: from the negation to the next
/// comma, semicolon, colon, dash or "but", every source word must be in the cut, and the cut must stop there (a
/// linking "but", "and", "or" may go with it) rather than run on into the next clause, whose subject it would take.
/// </summary>
public static class CutClause
{
    /// <summary>Words that open the clause after a negated one ("does not solve a problem, but only creates…").</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "but", "yet", "and", "or", "nor", "rather", "instead" };

    /// <summary>True when every negation among the cut's source words is cut together with the rest of its clause.</summary>
    public static bool NegationsCutWhole(QuoteDifference cut, SourceParagraph source)
    {
        if (cut.Kind is not (DifferenceKind.Elided or DifferenceKind.Omitted) || cut.SourceSpan.First < 0) return false;
        var (first, last) = cut.SourceSpan;
        var words = source.Words;
        var any = false;
        for (var k = first; k <= last; k++)
        {
            if (!MeaningChange.IsNegation(words[k].Key)) continue;
            any = true;
            // The clause's end: the first boundary after the negation (punctuation before a word, a "but", the sentence's end).
            var boundary = k + 1;
            while (boundary < words.Count && !source.BoundaryBefore(boundary) && words[boundary].Key is not ("but" or "yet")
                   && source.SentenceEnd(boundary - 1) >= boundary)
                boundary++;
            // The clause goes on in the quotation ("is … safe"): the negation's predicate is still there.
            if (boundary > last + 1) return false;
            // The cut runs on past the clause into the next one: only a linking word may follow the boundary in the cut.
            for (var j = boundary; j <= last; j++)
                if (!Conjunctions.Contains(words[j].Key)) return false;
        }
        return any;
    }
}
