using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>What a commentary can take up: a numbered item of the paper, or one of a part's own passages.</summary>
public sealed record PaperUnit(Paragraph Paragraph)
{
    public PaperItem? Item => Paragraph.Item;

    /// <summary>"Commitment 4", or "Part II, closing passage" for a part's own passage.</summary>
    public string Label => Item?.Label ?? $"Part {Paragraph.Part!.Numeral}, {(Paragraph.Part.Introduction.Contains(Paragraph) ? "introduction" : Paragraph.Part.ItemNoun.Length == 0 ? $"¶{Paragraph.Part.Introduction.ToList().IndexOf(Paragraph) + 1}" : "closing passage")}";

    public string Url => Item is { } item ? AddressBook.Item(item) : AddressBook.Paragraph(Paragraph);

    /// <summary>Units are compared by the item they belong to, so the paragraphs of one item are one unit.</summary>
    public string Key => Item?.Anchor ?? Paragraph.Anchor;
}
