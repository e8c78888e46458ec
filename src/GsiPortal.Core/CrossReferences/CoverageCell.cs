using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>How a commentary takes up one item, from strongest to none.</summary>
public enum CoverageLevel { None, Mention, ModerateDiscussion, StrongDiscussion, SomeSharedWording, MuchSharedWording }

/// <summary>One cell of the coverage matrix: a commentary against an item, with the passages behind it.</summary>
public sealed record CoverageCell(PaperItem Item, Commentary Commentary, IReadOnlyList<SharedPassage> Shared, IReadOnlyList<Discussion> Discussions, int SharedWords)
{
    /// <summary>Shared words from which shared wording counts as much.</summary>
    public const int MuchSharedWords = 20;

    public CoverageLevel Level =>
        SharedWords >= MuchSharedWords ? CoverageLevel.MuchSharedWording
        : SharedWords > 0 ? CoverageLevel.SomeSharedWording
        : Discussions.Any(d => d.Strength == DiscussionStrength.Strong) ? CoverageLevel.StrongDiscussion
        : Discussions.Any(d => d.Strength == DiscussionStrength.Moderate) ? CoverageLevel.ModerateDiscussion
        : Discussions.Count > 0 ? CoverageLevel.Mention
        : CoverageLevel.None;

    /// <summary>The cell in words, so that nothing rests on colour and no number stands bare: "Shared wording, 59 words", "Discussed at length".</summary>
    public string Description => Level switch
    {
        CoverageLevel.MuchSharedWording or CoverageLevel.SomeSharedWording => $"Shared wording, {SharedWords} words",
        CoverageLevel.StrongDiscussion => "Discussed at length",
        CoverageLevel.ModerateDiscussion => "Discussed",
        CoverageLevel.Mention => "Mentioned",
        _ => "Not taken up",
    };

    /// <summary>The strongest discussion's similarity, for a title attribute and the JSON (never shown bare).</summary>
    public double? Similarity => Discussions.Count == 0 ? null : Discussions.Max(d => d.Similarity);

    /// <summary>A one-letter mark for the heat map: W, w, D, d or none.</summary>
    public string Mark => Level switch
    {
        CoverageLevel.MuchSharedWording => "W",
        CoverageLevel.SomeSharedWording => "w",
        CoverageLevel.StrongDiscussion => "D",
        CoverageLevel.ModerateDiscussion => "d",
        CoverageLevel.Mention => "m",
        _ => "",
    };

    /// <summary>Where a reader goes from the cell: the first shared passage or discussed paragraph.</summary>
    public string? Url => Shared.Count > 0 ? AddressBook.Paragraph(Shared[0].Commentary) : Discussions.Count > 0 ? AddressBook.Paragraph(Discussions[0].Commentary) : null;
}

/// <summary>One row of the coverage matrix: an item and a cell per commentary, oldest first.</summary>
public sealed record CoverageRow(PaperItem Item, IReadOnlyList<CoverageCell> Cells);
