using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;

namespace GsiPortal.Web.Api;

/// <summary>The JSON shapes of the data API: the paper with its parts, items, paragraphs and sentences, and the commentaries.</summary>
public static class DataContracts
{
    public sealed record SentenceDto(int Number, string Text, string Anchor, string Url);
    public sealed record ParagraphDto(string Id, string Anchor, int Ordinal, string Text, string Url, IReadOnlyList<SentenceDto> Sentences);
    public sealed record ItemDto(string Id, string Kind, int Number, string Reference, string Label, string Title, string Url, IReadOnlyList<ParagraphDto> Paragraphs);
    public sealed record PartDto(string Id, string Numeral, int Number, string Title, string Url, IReadOnlyList<ParagraphDto> Introduction, IReadOnlyList<ItemDto> Items, IReadOnlyList<ParagraphDto> Closing);
    /// <summary>A document's front matter, its address, and the addresses of its Markdown and plain-text downloads.</summary>
    public sealed record MetaDto(string Id, string Kind, string Title, string Author, string? Role, string Date, bool DateInferred, string? Venue, string? SourceUrl, string? Captured, string Language, IReadOnlyList<string> EditorialNotes, string Url, string Markdown, string Text, RightsDto Rights);
    /// <summary>Whose the text is and what may be reused (<see cref="ReuseStatement"/>), and where the statement stands.</summary>
    public sealed record RightsDto(string Texts, string Apparatus, string Url);

    public static RightsDto Rights { get; } = new(ReuseStatement.Texts, ReuseStatement.Apparatus, $"{Routes.About}#reuse");
    public sealed record PaperDto(MetaDto Document, IReadOnlyList<PartDto> Parts);
    public sealed record CommentarySummaryDto(MetaDto Document, bool PredatesPaper, int Paragraphs);
    public sealed record CommentaryDto(MetaDto Document, bool PredatesPaper, IReadOnlyList<CommentaryParagraphDto> Paragraphs);
    public sealed record CommentaryParagraphDto(string Id, string Anchor, int Number, string? Heading, string Text, string Url);

    public static MetaDto Meta(Document d) => new(d.Id, d.Kind == DocumentKind.Paper ? "paper" : "commentary", d.Title, d.Author, d.Meta.Role,
        d.Date.Iso, d.Date.Inferred, string.IsNullOrEmpty(d.Meta.Venue) ? null : d.Meta.Venue, Core.Content.Provenance.Of(d).OriginalAddress, Core.Content.Provenance.Of(d).Captured?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Meta.Language ?? "en", d.Meta.EditorialNotes,
        AddressBook.Document(d), AddressBook.Download(d, "md"), AddressBook.Download(d, "txt"), Rights);

    public static ParagraphDto Paragraph(Paragraph p) => new(AddressBook.Id(p), p.Anchor, p.Ordinal, p.Text, AddressBook.Paragraph(p),
        p.Sentences.Select(s => AddressBook.OfSentences(p, s.Number, s.Number)).Select(s => new SentenceDto(s.Sentences[0].Number, s.Sentences[0].Text, s.Fragment!, s.Address)).ToList());

    public static ItemDto Item(PaperItem item) => new(AddressBook.Id(item), item.Part.ItemNoun, item.Number, item.Reference, item.Label, item.FullTitle, AddressBook.Item(item),
        item.Paragraphs.Select(Paragraph).ToList());

    public static PartDto Part(PaperPart part) => new(part.Slug, part.Numeral, part.Number, part.Title, AddressBook.Part(part),
        part.Introduction.Select(Paragraph).ToList(), part.Items.Select(Item).ToList(), part.Closing.Select(Paragraph).ToList());

    public static PaperDto Paper(Paper paper) => new(Meta(paper), paper.Parts.Select(Part).ToList());

    public static CommentarySummaryDto Summary(Commentary c, Paper paper) => new(Meta(c), c.PredatesPaper(paper), c.Paragraphs.Count);

    public static CommentaryDto Commentary(Commentary c, Paper paper) => new(Meta(c), c.PredatesPaper(paper),
        c.Paragraphs.Select(p => new CommentaryParagraphDto(AddressBook.Id(p), p.Anchor, p.Ordinal, p.SectionHeading, p.Text, AddressBook.Paragraph(p))).ToList());
}
