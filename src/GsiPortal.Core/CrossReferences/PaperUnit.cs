using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>What a commentary can take up: a numbered item of the paper, or one of a part's own passages.</summary>
public sealed record PaperUnit(Paragraph Paragraph)
{
    public PaperItem? Item => Paragraph.Item;

    /// <summary>
    /// "Commitment 4"; "Part II, closing passage" for a part's own passage; a paragraph of a part without items by the
    /// part's own title, as its page heads it ("Part I, Background, ¶3"), never "introduction" (a reader's review).
    /// </summary>
    public string Label => Item?.Label ?? Paragraph.Part! switch
    {
        { ItemNoun.Length: 0 } part => $"Part {part.Numeral}, {part.Title}{(Paragraph.Number is { } n ? $", ¶{n}" : "")}",
        var part => $"Part {part.Numeral}, {(part.Introduction.Contains(Paragraph) ? "introduction" : "closing passage")}",
    };

    public string Url => Item is { } item ? AddressBook.Item(item) : AddressBook.Paragraph(Paragraph);

    /// <summary>Units are compared by the item they belong to, so the paragraphs of one item are one unit.</summary>
    public string Key => Item?.Anchor ?? Paragraph.Anchor;
}
