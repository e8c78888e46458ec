namespace GsiPortal.Core.Content;

/// <summary>A numbered item of the paper: commitment 4, priority 12, platform 3.</summary>
public sealed class PaperItem
{
    public required PaperPart Part { get; init; }
    public required int Number { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>The stable id and fragment: <c>commitment-4</c>.</summary>
    public string Anchor => Addresses.AddressBook.Fragment(this);

    /// <summary>Where the item stands, as a value.</summary>
    public Addresses.Locator Locator => new(Paragraphs[0].Document.Id, Part.Slug, Number);

    /// <summary>The item's first sentence, which the paper uses as its title.</summary>
    public string Title => Paragraphs[0].Sentences[0].Text;

    /// <summary>The editors' short label ("Africa"), for items of a part whose headings are labels; null otherwise.</summary>
    public string? EditorsLabel { get; internal set; }

    /// <summary>What a reader scans for: the editors' label where the part has them, else the paper's own first sentence.</summary>
    public string Heading => EditorsLabel ?? Title;

    /// <summary>True when <see cref="Heading"/> is the editors' words, to be shown apart from the paper's.</summary>
    public bool HeadingIsEditors => EditorsLabel is not null;

    /// <summary>
    /// The item's one title wherever a title is asked for — the page's &lt;title&gt;, oEmbed, the passages API, the
    /// embed, JSON-LD, MCP: "Commitment 4: Indivisible security; legitimate concerns of all" (its label and heading).
    /// </summary>
    public string FullTitle => $"{Label}: {Heading}";

    /// <summary>"Commitment 4".</summary>
    public string Label => $"{char.ToUpperInvariant(Part.ItemNoun[0])}{Part.ItemNoun[1..]} {Number}";

    /// <summary>The paper's own short reference: "II.4".</summary>
    public string Reference => $"{Part.Numeral}.{Number}";

    /// <summary>All sentences of the item, numbered through its paragraphs.</summary>
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    public PaperItem? Previous => Number > 1 ? Part.Items[Number - 2] : null;
    public PaperItem? Next => Number < Part.Items.Count ? Part.Items[Number] : null;
}
