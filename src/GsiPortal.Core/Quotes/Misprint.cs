using GsiPortal.Core.Content;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// A word the source misprints, kept as printed and marked [sic] in the edition (front matter <c>sic</c>), that the
/// quotation spells correctly: "sovereignty" where Chen Xiangyang's text prints "soveignty". Reported only as
/// "“sovereignty” in place of “soveignty”", the quoter thought they had misquoted (a fresh-eyes review).
/// </summary>
public sealed record Misprint(string Printed, string Quoted)
{
    /// <summary>What the source prints and how to quote it, in the editors' words.</summary>
    public string Description =>
        $"The source itself prints “{Printed}” (marked [sic] in this edition): “{Quoted}” corrects its misprint. " +
        $"Quote it as printed, “{Printed} [sic]”, or put the correction in brackets, “[{Quoted}]”.";

    /// <summary>The substitutions whose source words are the document's misprints, each with the quoted word put in its place.</summary>
    public static IReadOnlyList<Misprint> In(IEnumerable<QuoteDifference> differences, Document document)
    {
        var listed = document.Meta.Sic.Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
        if (listed.Count == 0) return [];
        return differences
            .Where(d => d.Kind == DifferenceKind.Substituted)
            .SelectMany(d => Text.Words.Of(d.Source)
                .Where(w => listed.Any(sic => string.Equals(sic, w.Text, StringComparison.OrdinalIgnoreCase)))
                .Select(w => new Misprint(w.Text, d.Quoted)))
            .ToList();
    }

    /// <summary>
    /// The misprints corrected where the check reads no difference: "Its meaning" quoted from Dong Chunling's "It’s
    /// meaning" [sic] is the same word to it (the apostrophe of "'s" is punctuation, <see cref="QuoteWords"/>), and was
    /// "Found word for word" with no word of the misprint (review 18). A word aligned as the same whose letters differ
    /// from a listed misprint's is one corrected.
    /// </summary>
    internal static IEnumerable<Misprint> Silent(QuoteAlignment alignment, QuotedText quote, SourceParagraph source)
    {
        var listed = source.Paragraph.Document.Meta.Sic;
        if (listed.Count == 0) yield break;
        foreach (var step in alignment.Steps)
        {
            if (step.Kind != AlignedKind.Same || step.Quote < 0 || step.Source < 0) continue;
            var (quoted, printed) = (quote.Words[step.Quote].Text, source.Words[step.Source].Text);
            if (Letters(quoted) == Letters(printed)) continue;
            if (listed.Any(sic => string.Equals(sic, printed, StringComparison.OrdinalIgnoreCase))) yield return new Misprint(printed, quoted);
        }
    }

    /// <summary>A word as the reader sees its letters: case and the apostrophe's shape aside.</summary>
    private static string Letters(string word) => Text.Words.Key(word);

    /// <summary>True when the difference is nothing but a misprint corrected.</summary>
    public static bool Corrects(QuoteDifference d, IReadOnlyList<Misprint> misprints) =>
        d.Kind == DifferenceKind.Substituted && misprints.Any(m => m.Quoted == d.Quoted && string.Equals(m.Printed, d.Source, StringComparison.OrdinalIgnoreCase));
}
