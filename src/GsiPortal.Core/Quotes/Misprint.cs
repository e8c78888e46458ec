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

    /// <summary>True when the difference is nothing but a misprint corrected.</summary>
    public static bool Corrects(QuoteDifference d, IReadOnlyList<Misprint> misprints) =>
        d.Kind == DifferenceKind.Substituted && misprints.Any(m => m.Quoted == d.Quoted && string.Equals(m.Printed, d.Source, StringComparison.OrdinalIgnoreCase));
}
