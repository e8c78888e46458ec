namespace GsiPortal.Core.Content;

/// <summary>One content file, parsed once: its front matter and its paragraphs in reading order.</summary>
public abstract class Document
{
    public required string Id { get; init; }
    public required FrontMatter Meta { get; init; }
    public required PublicationDate Date { get; init; }
    /// <summary>The file it was read from, relative to the content folder.</summary>
    public required string FileName { get; init; }
    /// <summary>The file's Markdown as read, for downloads.</summary>
    public required string Markdown { get; init; }

    public abstract DocumentKind Kind { get; }

    /// <summary>Every paragraph in reading order; filled by the loader.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; internal set; } = [];

    public string Title => Meta.Title!;
    public string ShortTitle => Meta.ShortTitle ?? Meta.Title!;
    public string Author => Meta.Author!;

    /// <summary>"Lei Kezhong (2022)", "Chen Xiangyang [2023?]" (<see cref="PublicationDate.YearLabel"/>): how results and cross-references name the document.</summary>
    public string Attribution => $"{Author} {Date.YearLabel}";

    public Paragraph? FindParagraph(string anchor) => Paragraphs.FirstOrDefault(p => p.Anchor == anchor);
}

/// <summary>The Global Security Initiative Concept Paper: four parts with numbered items.</summary>
public sealed class Paper : Document
{
    public override DocumentKind Kind => DocumentKind.Paper;
    public IReadOnlyList<PaperPart> Parts { get; internal set; } = [];

    public IEnumerable<PaperItem> Items => Parts.SelectMany(p => p.Items);

    /// <summary>Finds a part by slug ("commitments"), roman numeral ("II", any case) or number ("2").</summary>
    public PaperPart? FindPart(string key) =>
        Parts.FirstOrDefault(p => string.Equals(p.Slug, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Numeral, key, StringComparison.OrdinalIgnoreCase)
            || p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == key);
}

/// <summary>A commentary on the paper: headed sections of numbered paragraphs (<c>#p1</c>…).</summary>
public sealed class Commentary : Document
{
    public override DocumentKind Kind => DocumentKind.Commentary;

    /// <summary>True when the commentary predates the paper, so it cannot quote it.</summary>
    public bool PredatesPaper(Paper paper) => Date.Earliest < paper.Date.Earliest && !(Date.Day is null && Date.Year == paper.Date.Year);
}
