using GsiPortal.Core.Content;

namespace GsiPortal.Web.Api;

/// <summary>
/// One item or paragraph that can be embedded or quoted in an oEmbed answer, found from a page address
/// (<c>/paper/commitments/4</c>, <c>/commentaries/chen-xiangyang#p9</c>) or an embed path
/// (<c>paper/commitments/4</c>, <c>commentaries/chen-xiangyang/p9</c>).
/// </summary>
public sealed record EmbedTarget(string Title, Document Document, IReadOnlyList<Paragraph> Paragraphs, string Canonical, string EmbedPath)
{
    public string Attribution => Document.Kind == DocumentKind.Paper
        ? $"{Document.Title} ({Document.Date.Display})"
        : $"{Document.Author}, “{Document.Title}” ({Document.Date.Display})";

    /// <summary>Resolves a site path and optional fragment (without '#'); null when it names nothing embeddable.</summary>
    public static EmbedTarget? FromPage(ContentLibrary library, string path, string? fragment)
    {
        var segments = path.Trim('/').Split('/');
        var paper = library.Paper;
        switch (segments)
        {
            case ["paper", var slug, var n] when int.TryParse(n, out var number) && paper.Parts.FirstOrDefault(p => p.Slug == slug)?.FindItem(number) is { } item:
                return ForItem(item);
            case ["paper", var slug] when paper.Parts.FirstOrDefault(p => p.Slug == slug) is { } part:
                return fragment is null ? null : ForPaperAnchor(paper, part.Paragraphs, fragment);
            case ["paper"]:
                return fragment is null ? null : ForPaperAnchor(paper, paper.Paragraphs, fragment);
            case ["commentaries", var id] when library.FindCommentary(id) is { } commentary:
                var paragraph = fragment is null ? commentary.Paragraphs[0] : commentary.FindParagraph(fragment);
                return paragraph is null ? null : ForParagraph(paragraph, $"{commentary.Author} ({commentary.Date.Year}), ¶{paragraph.Ordinal}");
            default:
                return null;
        }
    }

    /// <summary>Resolves an embed path: <c>paper/{part}/{n}</c>, <c>paper/{part}/{anchor}</c> or <c>commentaries/{id}/{anchor}</c>.</summary>
    public static EmbedTarget? FromEmbedPath(ContentLibrary library, string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments switch
        {
            ["paper", var slug, var n] when int.TryParse(n, out _) => FromPage(library, $"paper/{slug}/{n}", null),
            ["paper", var slug, var anchor] => FromPage(library, $"paper/{slug}", anchor),
            ["commentaries", var id, var anchor] => FromPage(library, $"commentaries/{id}", anchor),
            _ => null,
        };
    }

    private static EmbedTarget ForItem(PaperItem item) =>
        new($"{item.Label}: {item.Title}", item.Paragraphs[0].Document, item.Paragraphs, Addresses.Item(item), $"/embed{Addresses.Item(item)}");

    private static EmbedTarget? ForPaperAnchor(Paper paper, IEnumerable<Paragraph> paragraphs, string anchor)
    {
        if (paper.Items.FirstOrDefault(i => i.Anchor == anchor) is { } item) return ForItem(item);
        var paragraph = paragraphs.FirstOrDefault(p => p.Anchor == anchor);
        if (paragraph is null) return null;
        if (paragraph.Item is { } owner) return ForItem(owner);
        return ForParagraph(paragraph, $"{paper.ShortTitle}, Part {paragraph.Part!.Numeral}: {paragraph.Part.Title}");
    }

    private static EmbedTarget ForParagraph(Paragraph paragraph, string title)
    {
        var embed = paragraph.Document is Commentary c ? $"/embed/commentaries/{c.Id}/{paragraph.Anchor}" : $"/embed/paper/{paragraph.Part!.Slug}/{paragraph.Anchor}";
        return new EmbedTarget(title, paragraph.Document, [paragraph], Addresses.Paragraph(paragraph), embed);
    }
}
