namespace GsiPortal.Core.Quotes;

/// <summary>
/// How verdicts are named and told, the same for the pages and the JSON API: the names the API answers with, the
/// audit's labels, and the headline a reader sees first — which must not be "Found word for word" when the words stop
/// inside a sentence or stand only in a commentary, since the headline is what ends up in print (issue 23).
/// </summary>
public static class QuoteVerdicts
{
    /// <summary>The audit's verdicts in the order its summary lists them, with their labels.</summary>
    public static IReadOnlyList<(AuditVerdict Verdict, string Label)> AuditLabels { get; } =
    [
        (AuditVerdict.Exact, "Word for word"),
        (AuditVerdict.ExactCutMidSentence, "Word for word, cut inside a sentence"),
        (AuditVerdict.Altered, "Altered"),
        (AuditVerdict.Joined, "Joined from two places"),
        (AuditVerdict.NotInTexts, "Not in the texts"),
    ];

    /// <summary>
    /// The audit's summary, one count a verdict: every quotation found word for word counted as such, those cut inside a
    /// sentence said among them ("Word for word: 3, 2 of them cut inside a sentence"). Counted apart, a summary of three
    /// exact quotations cut as quoting cuts read "Word for word: 0" (review 22, D10). Each with the verdict's name.
    /// </summary>
    public static IReadOnlyList<(string Name, string Text)> AuditCounts(IReadOnlyList<AuditedQuotation> quotations)
    {
        var cut = quotations.Count(q => q.Verdict == AuditVerdict.ExactCutMidSentence);
        var exact = quotations.Count(q => q.Verdict == AuditVerdict.Exact) + cut;
        return
        [
            (Name(AuditVerdict.Exact), $"{Label(AuditVerdict.Exact)}: {exact}{(cut == 0 ? "" : cut == exact ? (exact == 1 ? ", cut inside a sentence" : ", all cut inside a sentence") : $", {cut} of them cut inside a sentence")}"),
            .. AuditLabels.Where(v => v.Verdict is not (AuditVerdict.Exact or AuditVerdict.ExactCutMidSentence))
                .Select(v => (Name(v.Verdict), $"{v.Label}: {quotations.Count(q => q.Verdict == v.Verdict)}")),
        ];
    }

    public static string Name(QuoteVerdict verdict) => verdict switch
    {
        QuoteVerdict.Exact => "exact",
        QuoteVerdict.Close => "close",
        QuoteVerdict.Joined => "joined",
        _ => "not-found",
    };

    public static string Name(AuditVerdict verdict) => verdict switch
    {
        AuditVerdict.Exact => "exact",
        AuditVerdict.ExactCutMidSentence => "exact-cut-mid-sentence",
        AuditVerdict.Altered => "altered",
        AuditVerdict.Joined => "joined",
        _ => "not-in-texts",
    };

    public static string Label(AuditVerdict verdict) => AuditLabels.First(v => v.Verdict == verdict).Label;

    /// <summary>A bracket as the headline names it: what it stands in place of, or that it adds words the text has not.</summary>
    private static string Bracket(QuoteDifference d) => d.Source.Length > 0
        ? $"“[{d.Quoted}]” in place of the text's “{d.Source}”"
        : $"“[{d.Quoted}]” added{(d.After is null ? "" : $" after “{d.After}”")}";

    /// <summary>The verdict in one line, saying what a reader must know before quoting.</summary>
    public static string Headline(QuoteCheckResult r)
    {
        var first = r.Matches.FirstOrDefault();
        switch (r.Verdict)
        {
            case QuoteVerdict.Exact when !r.Matches.Any(IsPaper):
                return $"Not in the Concept Paper: word for word only in {string.Join(" and ", r.Matches.Select(m => m.Passage.Title).Distinct())}";
            // What the text itself quotes, quoted whole: word for word, and the reader is told whose words they are not.
            case QuoteVerdict.Exact when first!.InnerQuotation && first.Differences.Count == 0:
                return "Found word for word: the whole of a quotation the text itself makes, in its quotation marks";
            case QuoteVerdict.Exact when first!.CutMidSentence:
                return $"Found word for word, but cut inside a sentence: the sentence {(first.StartsMidSentence ? "begins before" : "goes on after")} the quoted words";
            // Words the quoter put in brackets are declared, as a cut is, but they are not the text's: "[China]" for "one
            // country" narrows what the text says, and was headlined "Found word for word" (review 19, T8). The verdict
            // stays exact (quoting allows a marked alteration, and the bracket marks it); the headline, which is what
            // ends up in print, names each bracket and the words it stands for.
            case QuoteVerdict.Exact when first!.Differences.Where(d => d.Kind == DifferenceKind.Bracketed).ToList() is { Count: > 0 } brackets:
                return $"Word for word but for the quoter's brackets: {string.Join("; ", brackets.Select(Bracket))}";
            // The cut is the reader's to see before quoting: said only in the detail, the headline read as the whole
            // sentence quoted (a fresh-eyes review).
            case QuoteVerdict.Exact when first!.Differences.Count(d => d.Kind == DifferenceKind.Elided) is var cuts and > 0:
                return cuts == 1 ? "Found word for word, with a cut marked by an ellipsis" : $"Found word for word, with {cuts} cuts marked by ellipses";
            case QuoteVerdict.Exact:
                return "Found word for word";
            case QuoteVerdict.Joined:
                return $"These words come from two places: {string.Join(", then ", r.Matches.Select(m => m.Passage.Title))}";
            case QuoteVerdict.Close when first!.MeaningChanges.Count > 0:
                return "Not word for word, and the meaning changes: the closest passages";
            case QuoteVerdict.Close when first!.Misprints.Count > 0 && first.Differences.All(d => d.IsDeclared || Misprint.Corrects(d, first.Misprints)):
                return $"Word for word but for the source's own misprint: it prints {string.Join(", ", first.Misprints.Select(m => $"“{m.Printed}”").Distinct())} [sic]";
            case QuoteVerdict.Close when first!.Differences.Any(d => d.Kind == DifferenceKind.Transposed) && first.Differences.All(d => d.IsDeclared || d.Kind == DifferenceKind.Transposed):
                return "Not word for word: words in a different order";
            case QuoteVerdict.Close when first!.Differences.All(d => d.IsDeclared || d.Kind == DifferenceKind.Omitted):
                return "Not word for word: words left out without an ellipsis";
            case QuoteVerdict.Close when first!.Unjudged is [var only]:
                return $"Not word for word: “{only.Quoted}” in place of “{only.Source}”, which may change the meaning";
            case QuoteVerdict.Close when first!.Unjudged.Count > 1:
                return $"Not word for word: {first.Unjudged.Count} replacements, which may change the meaning";
            // The text's own words contracted: a difference of form, not of meaning (review 18); with a spelling variant, the same.
            case QuoteVerdict.Close when first!.Contractions.Count > 0 && first.Differences.All(d => d.IsDeclared || first.Contractions.Contains(d) || first.SpellingVariants.Contains(d)):
                return $"Not word for word, but {(first.SpellingVariants.Count == 0 ? first.Contractions.Count == 1 ? "a contraction" : "contractions" : "in form")} only: "
                    + $"{string.Join(", ", first.Contractions.Concat(first.SpellingVariants).OrderBy(d => d.QuotePosition).Select(d => $"“{d.Quoted}” for the text's “{d.Source}”"))}, a difference of form, not of meaning";
            case QuoteVerdict.Close when first!.SpellingVariants.Count > 0 && first.Differences.All(d => d.IsDeclared || first.SpellingVariants.Contains(d)):
                return $"Not word for word, but a spelling variant only: {string.Join(", ", first.SpellingVariants.Select(d => $"“{d.Quoted}” for the text's “{d.Source}”"))}";
            case QuoteVerdict.Close:
                return "Not word for word: the closest passages";
            case QuoteVerdict.NotFound when r.Title is { Exact: true } title:
                return $"Word for word in {title.Of}: a title, not a passage of its text";
            case QuoteVerdict.NotFound when r.Title is { } title:
                return $"Not a quotation of any text: close to {title.Of}, with words changed";
            case QuoteVerdict.NotFound when r.Partly is { } partly:
                return $"Partly a quotation: {partly.RealWords} of its {partly.Words} words are word for word in {string.Join(" and ", partly.Runs.Select(x => x.Passage.Title).Distinct())}{(partly.RestInNoText ? "; the rest is in no text" : "")}";
            default:
                return "Not a quotation of any text";
        }
    }

    /// <summary>
    /// What the check does not judge in a place, said where a flag would be: the replacements, and which changes it does
    /// flag; null when every replacement was flagged or is the same word (D5, the eighteenth session).
    /// </summary>
    public static string? Unjudged(QuoteMatch m) => m.Unjudged.Count == 0 ? null
        : $"Not judged: whether {string.Join(" and ", m.Unjudged.Select(d => $"“{d.Quoted}” in place of “{d.Source}”"))} keeps the text's meaning. "
          + "The check flags a negation, a modal, a quantifier or a number changed, and a word put in place of its opposite on the editors' list; "
          + "it cannot tell whether any other word put in the text's place keeps the meaning. Read the replacement against the text.";

    /// <summary>
    /// What the check read as an editor's notes at the passage's ends, said in a line ("“[emphasis added]” read as an
    /// editor's note, not as words of the text."); null when there were none.
    /// </summary>
    public static string? NotesRead(QuoteCheckResult r) => r.EditorialNotes.Count == 0 ? null
        : $"{string.Join(" and ", r.EditorialNotes.Select(n => $"“{n}”"))} read as {(r.EditorialNotes.Count == 1 ? "an editor's note" : "editor's notes")}, not as words of the text.";

    /// <summary>Why the audit passed a quotation over, and what the reader can do: check it alone, or in parts.</summary>
    public static string Reason(SkippedQuotation s) => s.Reason switch
    {
        SkipReason.Short => $"under {QuoteAudit.MinWords} words: check it alone",
        SkipReason.TooFewWords => $"under {QuoteChecker.MinWords} words: too short to check",
        SkipReason.Unclosed => "its quotation mark is never closed, so where the quotation ends is unknown: close it and audit again, or check the quoted words alone",
        _ => $"over {QuoteChecker.MaxLength:N0} characters: check it in parts",
    };

    /// <summary>The audit's headline for one quotation: the check's, or that it resembles none of the texts.</summary>
    public static string Headline(AuditedQuotation q) =>
        q.AttributedTo is { } author && q.Match is { } source
            ? $"Found word for word in {author}'s commentary, which the article names{(source.CutMidSentence ? $"; the quotation is cut inside a sentence: the sentence {(source.StartsMidSentence ? "begins before" : "goes on after")} the quoted words" : "")}"
        : q.Check is { } check && (check.Matches.Count > 0 || check.Title is not null || q.Verdict != AuditVerdict.NotInTexts || check.Resemblance >= QuoteAudit.MinResemblance)
            ? Headline(check)
            : "Not a quotation of any text: its words resemble none of the texts";

    private static bool IsPaper(QuoteMatch m) => m.Paragraph.Document.Kind == Content.DocumentKind.Paper;
}
