using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.SideBySide;

/// <summary>An item a reader can compare: how many commentaries share its wording, and how many take it up at all.</summary>
public sealed record ComparableItem(PaperItem Item, int SharingWording, int TakingUp)
{
    /// <summary>Two commentaries can be set side by side on it: two or more take it up (the coverage table's rule).</summary>
    public bool HasPair => TakingUp >= 2;
}

/// <summary>A key term two or more commentaries use, with how many do.</summary>
public sealed record ComparableTerm(KeyTerm Term, int Commentaries);

/// <summary>
/// What can be compared in an edition (issue #26: a reader who trims <c>/compare/commitments/4</c> to
/// <c>/compare/commitments</c> or <c>/compare</c> expects a list of it): every numbered item with its compare page,
/// the pairs of commentaries on an item, and the key terms two commentaries can be set beside each other on. Read
/// from the coverage and key terms the edition already holds; nothing is computed anew.
/// </summary>
public static class ComparisonIndex
{
    /// <summary>The items of <paramref name="part"/> (or of every part), in the paper's order.</summary>
    public static IReadOnlyList<ComparableItem> Items(CrossReferenceMap map, PaperPart? part = null) =>
        [.. map.Coverage.Where(row => part is null || row.Item.Part == part)
            .Select(row => new ComparableItem(row.Item, row.Cells.Count(c => c.Shared.Count > 0), row.Cells.Count(c => c.Level != CoverageLevel.None)))];

    /// <summary>The key terms used by two commentaries or more, most widely used first, then alphabetically.</summary>
    public static IReadOnlyList<ComparableTerm> Terms(KeyTerms terms) =>
        [.. terms.All.Select(t => new ComparableTerm(t, t.Occurrences.Select(o => o.Paragraph.Document).OfType<Commentary>().Distinct().Count()))
            .Where(t => t.Commentaries >= 2)
            .OrderByDescending(t => t.Commentaries).ThenBy(t => t.Term.Phrase, StringComparer.OrdinalIgnoreCase)];
}
