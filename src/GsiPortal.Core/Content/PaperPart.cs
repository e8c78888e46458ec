namespace GsiPortal.Core.Content;

/// <summary>One of the paper's four parts, read from a level-2 heading such as <c>## II. Core concepts and principles {#commitments item=commitment count=6}</c>.</summary>
public sealed class PaperPart
{
    /// <summary>The paragraphs before a part's items, as <see cref="PlaceOf"/> names them and the address of their page ends.</summary>
    public const string IntroductionSection = "introduction";
    /// <summary>The paragraphs after a part's items.</summary>
    public const string ClosingSection = "closing";

    /// <summary>The slug used in addresses and as fragment: <c>commitments</c>.</summary>
    public required string Slug { get; init; }
    /// <summary>The roman numeral the paper gives the part: "II".</summary>
    public required string Numeral { get; init; }
    /// <summary>1 to 4.</summary>
    public required int Number { get; init; }
    /// <summary>The heading without its numeral: "Core concepts and principles".</summary>
    public required string Title { get; init; }
    /// <summary>What the part's numbered items are called ("commitment"); empty for a part without items.</summary>
    public required string ItemNoun { get; init; }
    /// <summary>Paragraphs before the numbered items.</summary>
    public required IReadOnlyList<Paragraph> Introduction { get; init; }
    public IReadOnlyList<PaperItem> Items { get; internal set; } = [];
    /// <summary>Paragraphs after the numbered items ("These six commitments are interlinked…").</summary>
    public required IReadOnlyList<Paragraph> Closing { get; init; }

    /// <summary>True when the part's items are headed by the editors' labels (<c>heading=label</c>), not their first sentences.</summary>
    public bool HasItemLabels { get; init; }

    /// <summary>The editors' heading for the closing passage, so that no reader takes it for part of the last item.</summary>
    public string? ClosingHeading { get; internal set; }

    public string Heading => $"{Numeral}. {Title}";

    /// <summary>"commitments" → "Commitments"; the part title for a part without items.</summary>
    public string ItemsLabel => ItemNoun.Length == 0 ? Title : $"{char.ToUpperInvariant(Slug[0])}{Slug[1..]}";

    /// <summary>Every paragraph of the part in reading order.</summary>
    public IEnumerable<Paragraph> Paragraphs => Introduction.Concat(Items.SelectMany(i => i.Paragraphs)).Concat(Closing);

    /// <summary>
    /// Where one of the part's own paragraphs stands as a reader counts it. The paper numbers the paragraphs of a part
    /// with items as its items, so the others are named by their place: ("introduction", 2) for the second paragraph
    /// before the items, ("closing", null) for the one after them — the number only when there are several. A part
    /// without items counts its paragraphs through: (null, 3).
    /// </summary>
    public (string? Section, int? Number) PlaceOf(Paragraph paragraph)
    {
        if (Items.Count == 0) return (null, Paragraphs.TakeWhile(p => p != paragraph).Count() + 1);
        var intro = Introduction.ToList().IndexOf(paragraph);
        if (intro >= 0) return (IntroductionSection, Introduction.Count > 1 ? intro + 1 : null);
        var closing = Closing.ToList().IndexOf(paragraph);
        return (ClosingSection, Closing.Count > 1 ? closing + 1 : null);
    }

    /// <summary>The paragraphs of a section <see cref="PlaceOf"/> names: "introduction" or "closing".</summary>
    public IReadOnlyList<Paragraph> Section(string section) => section == ClosingSection ? Closing : Introduction;

    public PaperItem? FindItem(int number) => number >= 1 && number <= Items.Count ? Items[number - 1] : null;
}
