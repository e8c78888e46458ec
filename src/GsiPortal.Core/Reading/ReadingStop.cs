using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Reading;

/// <summary>What a reading stop shows: a part without items, a part's introduction, an item, a part's closing passage.</summary>
public enum StopKind { Part, Introduction, Item, Closing }

/// <summary>
/// One page a reader steps to with previous and next: Part I (Background) whole, a part's introduction (the
/// paragraphs before its items), one item, or a part's closing passage (the paragraphs after them).
/// </summary>
public sealed record ReadingStop(StopKind Kind, PaperPart Part, PaperItem? Item, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>The page that shows the stop: <c>/paper/background</c>, <c>/paper/priorities/introduction</c>, <c>/paper/commitments/6</c>, <c>/paper/commitments/closing</c>.</summary>
    public string Address => Kind switch
    {
        StopKind.Part => AddressBook.Part(Part),
        StopKind.Item => AddressBook.Item(Item!),
        StopKind.Introduction => AddressBook.Section(Part, PaperPart.IntroductionSection),
        _ => AddressBook.Section(Part, PaperPart.ClosingSection),
    };

    /// <summary>The site's name for the stop, as a pager's small line gives it: "Part I", "Commitment 6", "Part III, introduction", "Part II, closing passage".</summary>
    public string Label => Kind switch
    {
        StopKind.Part => $"Part {Part.Numeral}",
        StopKind.Item => Item!.Label,
        StopKind.Introduction => $"Part {Part.Numeral}, introduction",
        _ => $"Part {Part.Numeral}, closing passage",
    };

    /// <summary>
    /// What the pager shows under the label: the part's or item's heading, or the editors' heading of a closing
    /// passage (<see cref="HeadingIsEditors"/>); a part's own title for an introduction, or a closing passage without one.
    /// </summary>
    public string Heading => Kind switch
    {
        StopKind.Item => Item!.Heading,
        StopKind.Closing when Part.ClosingHeading is { } closing => closing,
        _ => Part.Title,
    };

    /// <summary>True when <see cref="Heading"/> is the editors' words, to be set apart from the paper's.</summary>
    public bool HeadingIsEditors => Kind switch
    {
        StopKind.Item => Item!.HeadingIsEditors,
        StopKind.Closing => Part.ClosingHeading is not null,
        _ => false,
    };

    /// <summary>The stop as a passage, for citing it.</summary>
    public Passage Passage => Kind switch
    {
        StopKind.Part => AddressBook.Of(Part),
        StopKind.Item => AddressBook.Of(Item!),
        _ => AddressBook.OfParagraphs(Paragraphs[0], Paragraphs[^1]),
    };
}
