using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>A piece of a citation: its text, and whether the style sets it in italics (a title, a venue).</summary>
public readonly record struct CitationSegment(string Text, bool Italic);

/// <summary>A citation as plain text (to copy or download) and as segments (titles in italics) for the page to render.</summary>
public sealed record Citation(CitationFormat Format, string Text, IReadOnlyList<CitationSegment> Segments);

/// <summary>
/// Builds citations in Chicago (notes), APA 7, MLA 9, BibTeX, RIS, CSL-JSON and a CSL citation object from front matter and the
/// target's place in the paper, with the canonical address and the edition, named by its date and id everywhere
/// (<see cref="Changes.EditionName"/>); the data formats add the edition's own address and BibTeX's version field.
/// </summary>
public static class CitationBuilder
{
    internal const string Site = "GsiPortal";

    public static Citation Build(Passage passage, CitationFormat format, string origin, DateOnly accessed, EditionStamp edition)
    {
        var url = origin.TrimEnd('/') + passage.Address;
        var parts = new CitedParts(passage, url, accessed, edition) { Origin = origin.TrimEnd('/') };
        return format switch
        {
            CitationFormat.Chicago => HumanStyles.Chicago(parts),
            CitationFormat.Apa => HumanStyles.Apa(parts),
            CitationFormat.Mla => HumanStyles.Mla(parts),
            CitationFormat.Bibtex => Plain(format, DataFormats.Bibtex(parts)),
            CitationFormat.Ris => Plain(format, DataFormats.Ris(parts)),
            CitationFormat.CslCitation => Plain(format, DataFormats.CslCitation(parts)),
            _ => Plain(format, DataFormats.CslJson(parts)),
        };
    }

    private static Citation Plain(CitationFormat format, string text) => new(format, text, [new CitationSegment(text, false)]);
}

/// <summary>The fields every style and format draws on.</summary>
internal sealed record CitedParts(Passage Target, string Url, DateOnly Accessed, EditionStamp Edition)
{
    public Document Document => Target.Document;
    public string? Place { get; } = CitationPlace.Of(Target);
    public string Key { get; } = CitationPlace.Key(Target);
    /// <summary>
    /// The work's address, without the pinpoint: the paper's (<c>…/paper</c>) for any part, item or sentence of it, the
    /// commentary's page for any paragraph of it. What a bibliography or reference entry links and what the data formats'
    /// item carries as its URL, since they name the work, one entry for every place cited in it; the note (Chicago) and
    /// the in-text citation carry the pinpoint, and Chicago's note links the place itself.
    /// </summary>
    public string WorkUrl => Origin + (IsPaper ? Routes.Paper : Target.Page);
    public CitedAuthor Author => CitedAuthor.Of(Document);
    public PublicationDate Date => Document.Date;
    public bool IsPaper => Document.Kind == DocumentKind.Paper;
    public string? Venue => string.IsNullOrEmpty(Document.Meta.Venue) ? null : Document.Meta.Venue;
    public string? Publisher => string.IsNullOrEmpty(Document.Meta.Publisher) ? null : Document.Meta.Publisher;
    /// <summary>A cited run of sentences or paragraphs, word for word: for the data formats' note, never a reference's words.</summary>
    public string? Quotation => Target.Kind is PassageKind.Sentences or PassageKind.Paragraphs ? Target.Text.Replace("\n\n", " ") : null;
    /// <summary>The original publisher's address, where the front matter gives one.</summary>
    public string? Original => string.IsNullOrEmpty(Document.Meta.SourceUrl) ? null : Document.Meta.SourceUrl;
    /// <summary>The site's origin, or a fixed edition's (<c>origin/editions/{version}</c>) when the citation's URL names it.</summary>
    public string Origin { get; init; } = "";

    private string EditionPrefix => Editions.EditionAddress.Of(Edition.Version, "");

    /// <summary>Whether the citation's URL is the passage's address in its edition (the site's default) rather than the current one.</summary>
    public bool LinksEdition => Origin.EndsWith(EditionPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The passage's address in this edition, for ever (<c>…/editions/3f9c2a1b7d4e/paper/commitments/4</c>): where the
    /// edition's name leads. The URL itself where the citation already carries the fixed address.
    /// </summary>
    public string FixedUrl => LinksEdition ? Url : Origin + EditionAddress;

    private string EditionAddress => Editions.EditionAddress.Of(Edition.Version, Target.Address);

    /// <summary>
    /// The edition named as the human styles and the pages name it (the date as the data write it), and the address the
    /// URL does not carry, so that the data keep both: "GsiPortal edition of 2026-11-30 (3f9c2a1b7d4e); the current text:
    /// https://…/paper/commitments/4" beside a URL that links the edition (the default), "GsiPortal edition of 2026-11-30
    /// (3f9c2a1b7d4e), https://…/editions/3f9c2a1b7d4e/paper/commitments/4" beside the current address (url=current).
    /// </summary>
    public string EditionNote
    {
        get
        {
            var named = $"{CitationBuilder.Site} {Changes.EditionName.Of(Edition, d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}";
            return LinksEdition ? $"{named}; the current text: {Origin[..^EditionPrefix.Length]}{Target.Address}" : $"{named}, {FixedUrl}";
        }
    }
}

/// <summary>Builds a citation's text and its segments together; italics are kept as a flag for the page to render.</summary>
internal sealed class Styled
{
    private readonly StringBuilder text = new();
    private readonly List<CitationSegment> segments = [];

    public Styled Add(string s) => Append(s, italic: false);
    public Styled Italic(string s) => Append(s, italic: true);

    private Styled Append(string s, bool italic)
    {
        if (s.Length == 0) return this;
        text.Append(s);
        if (segments.Count > 0 && segments[^1].Italic == italic) segments[^1] = new CitationSegment(segments[^1].Text + s, italic);
        else segments.Add(new CitationSegment(s, italic));
        return this;
    }

    /// <summary>Whether the text so far ends a sentence, so the next element starts with a capital.</summary>
    /// <summary>Whether a sentence has just ended ("Title. " or a quoted "“Title.” "): the next word takes a capital.</summary>
    public bool EndsWithFullStop => text.Length > 1 && text[^1] == ' ' && (text[^2] == '.' || (text.Length > 2 && text[^2] == '”' && text[^3] == '.'));

    public Citation Build(CitationFormat format) => new(format, text.ToString(), segments);
}
