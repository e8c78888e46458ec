using GsiPortal.Core.Content;

namespace GsiPortal.Web.Api;

/// <summary>The JSON shapes of the data API: the paper with its parts, items, paragraphs and sentences, and the commentaries.</summary>
public static class PaperDocuments
{
    public sealed record SentenceDto(int Number, string Text, string Anchor, string Url);
    public sealed record ParagraphDto(string Id, string Anchor, int Ordinal, string Text, string Url, IReadOnlyList<SentenceDto> Sentences);
    public sealed record ItemDto(string Id, string Kind, int Number, string Reference, string Label, string Title, string Url, IReadOnlyList<ParagraphDto> Paragraphs);
    public sealed record PartDto(string Id, string Numeral, int Number, string Title, string Url, IReadOnlyList<ParagraphDto> Introduction, IReadOnlyList<ItemDto> Items, IReadOnlyList<ParagraphDto> Closing);
    public sealed record MetaDto(string Id, string Kind, string Title, string Author, string? Role, string Date, bool DateInferred, string? Venue, string? SourceUrl, string Language, IReadOnlyList<string> EditorialNotes, string Url, string Markdown, string Text);
    public sealed record PaperDto(MetaDto Document, IReadOnlyList<PartDto> Parts);
    public sealed record CommentaryDto(MetaDto Document, bool PredatesPaper, IReadOnlyList<CommentaryParagraphDto> Paragraphs);
    public sealed record CommentaryParagraphDto(string Id, string Anchor, int Number, string? Heading, string Text, string Url);

    public static MetaDto Meta(Document d) => new(d.Id, d.Kind == DocumentKind.Paper ? "paper" : "commentary", d.Title, d.Author, d.Meta.Role,
        d.Date.Iso, d.Date.Inferred, string.IsNullOrEmpty(d.Meta.Venue) ? null : d.Meta.Venue, d.Meta.SourceUrl, d.Meta.Language ?? "en", d.Meta.EditorialNotes,
        Addresses.Document(d), Downloads.Address(d, "md"), Downloads.Address(d, "txt"));

    public static ParagraphDto Paragraph(Paragraph p, string sentencePrefix) => new($"{p.Document.Id}/{p.Anchor}", p.Anchor, p.Ordinal, p.Text, Addresses.Paragraph(p),
        p.Sentences.Select(s => new SentenceDto(s.Number, s.Text, $"{sentencePrefix}s{s.Number}", p.Item is { } item ? $"{Addresses.Item(item)}#s{s.Number}" : $"{Addresses.Paragraph(p).Split('#')[0]}#{sentencePrefix}s{s.Number}")).ToList());

    public static ItemDto Item(PaperItem item) => new($"paper/{item.Anchor}", item.Part.ItemNoun, item.Number, item.Reference, item.Label, item.Title, Addresses.Item(item),
        item.Paragraphs.Select(p => Paragraph(p, "")).ToList());

    public static PartDto Part(PaperPart part) => new(part.Slug, part.Numeral, part.Number, part.Title, Addresses.Part(part),
        part.Introduction.Select(p => Paragraph(p, $"{p.Anchor}-")).ToList(), part.Items.Select(Item).ToList(), part.Closing.Select(p => Paragraph(p, $"{p.Anchor}-")).ToList());

    public static PaperDto Paper(Paper paper) => new(Meta(paper), paper.Parts.Select(Part).ToList());

    public static CommentaryDto Commentary(Commentary c, Paper paper) => new(Meta(c), c.PredatesPaper(paper),
        c.Paragraphs.Select(p => new CommentaryParagraphDto($"{c.Id}/{p.Anchor}", p.Anchor, p.Ordinal, p.SectionHeading, p.Text, Addresses.Paragraph(p))).ToList());
}
