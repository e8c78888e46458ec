using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Content;

/// <summary>
/// One paragraph of a document: the unit readers quote, link and search. Its <see cref="Locator"/> is given once, when
/// the content is loaded, by its kind of text's numbering; its <see cref="Anchor"/> is the address book's fragment for
/// that locator, the same on every page that shows it, so it never changes once published.
/// </summary>
public sealed class Paragraph
{
    private string? anchor;

    public required Document Document { get; init; }

    /// <summary>
    /// The label readers count this paragraph by within its item, its part's own passages, or its commentary: "4",
    /// or what a commentary's front matter declares ("2.1").
    /// </summary>
    public required string Label { get; init; }

    /// <summary>Where the paragraph stands, as a value; set when its part or commentary is built.</summary>
    public Locator Locator { get; internal set; } = null!;

    /// <summary>Fragment id: <c>p7</c> in a commentary, <c>priority-4-p2</c> or <c>background-p1</c> in the paper.</summary>
    public string Anchor => anchor ??= AddressBook.Fragment(this);

    /// <summary>
    /// The number readers count this paragraph by, where its container has several — within its item, its part's
    /// passage, or its commentary — as the site's margin, the EPUB and the PDF print it; null for a lone paragraph.
    /// </summary>
    public string? Number
    {
        get
        {
            var siblings = this switch
            {
                { Item: { } item } => item.Paragraphs.Count,
                { Part: { } part } => (part.Introduction.Contains(this) ? part.Introduction : part.Closing).Count,
                _ => int.MaxValue, // a commentary's paragraphs are always numbered
            };
            return siblings > 1 ? Label : null;
        }
    }

    /// <summary>Position in the document's reading order, from 1.</summary>
    public int Ordinal { get; internal set; }
    /// <summary>The words, as plain text.</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    /// <summary>1-based line in the content file, for validation messages.</summary>
    public required int Line { get; init; }
    /// <summary>The paper part this paragraph sits in (paper only).</summary>
    public PaperPart? Part { get; internal set; }
    /// <summary>The numbered item this paragraph belongs to (paper only; null for a part's own passages).</summary>
    public PaperItem? Item { get; internal set; }
    /// <summary>The commentary heading this paragraph follows, if any.</summary>
    public string? SectionHeading { get; init; }
}
