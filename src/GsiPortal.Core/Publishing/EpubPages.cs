using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;
using static GsiPortal.Core.Publishing.EpubBook;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The XHTML documents of the EPUB. The ids are the site's: parts by slug, items by anchor, paragraphs by anchor,
/// sentences by <see cref="AddressBook.SentenceId"/>. Headings the editors wrote (item labels, closing headings,
/// notes) carry the class <c>editors</c>; everything else is the sources' words.
/// </summary>
internal static class EpubPages
{
    public static string TitlePage(ContentLibrary library, string? origin = null)
    {
        var paper = library.Paper;
        var body = new StringBuilder();
        body.Append("<section class=\"titlepage\">\n<h1>").Append(X(paper.Title)).Append("</h1>\n");
        body.Append("<p>").Append(X(BookContents.Byline(paper))).Append("</p>\n");
        body.Append("<p>With ").Append(library.Commentaries.Count).Append(" commentaries.</p>\n");
        body.Append("<p class=\"meta\">GsiPortal edition ").Append(X(library.Stamp.Version));
        if (library.Stamp.DateDisplay is { } date) body.Append(", ").Append(X(date));
        body.Append(".</p>\n");
        body.Append("<p class=\"meta\">").Append(X(BookContents.Online(library, origin))).Append("</p>\n");
        body.Append("<p class=\"rights\">").Append(X(ReuseStatement.Texts)).Append("</p>\n");
        body.Append("<p class=\"rights\">").Append(X(ReuseStatement.Apparatus)).Append("</p>\n</section>\n");
        return Page(paper, paper.Title, body.ToString());
    }

    public static string Navigation(ContentLibrary library)
    {
        var paper = library.Paper;
        var nav = new StringBuilder();
        nav.Append("<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n");
        nav.Append("<li><a href=\"title.xhtml\">Title page</a></li>\n");
        nav.Append("<li><a href=\"paper.xhtml\">").Append(X(paper.Title)).Append("</a>\n<ol>\n");
        foreach (var part in paper.Parts)
        {
            var file = BookContents.PartFile(part);
            nav.Append("<li><a href=\"").Append(file).Append('#').Append(part.Slug).Append("\">").Append(X(part.Heading)).Append("</a>");
            if (part.Items.Count > 0)
            {
                nav.Append("\n<ol>\n");
                foreach (var item in part.Items)
                {
                    nav.Append("<li><a href=\"").Append(file).Append('#').Append(item.Anchor).Append("\">").Append(X(item.Label)).Append(": ");
                    nav.Append(item.HeadingIsEditors ? $"<span class=\"editors\">{X(item.Heading)}</span>" : X(item.Heading));
                    nav.Append("</a></li>\n");
                }
                nav.Append("</ol>\n");
            }
            nav.Append("</li>\n");
        }
        nav.Append("</ol>\n</li>\n");
        foreach (var commentary in library.Commentaries)
            nav.Append("<li><a href=\"").Append(BookContents.CommentaryFile(commentary)).Append("\">").Append(X(commentary.Title))
                .Append(" — ").Append(X(commentary.Attribution)).Append("</a></li>\n");
        nav.Append("</ol>\n</nav>\n");
        return Page(paper, "Contents", nav.ToString());
    }

    /// <summary>The paper's title, byline, source and editorial notes, before its parts.</summary>
    public static string DocumentFront(Paper paper) =>
        Page(paper, paper.Title, $"<section id=\"paper\">\n{Front(paper)}</section>\n");

    public static string Part(Paper paper, PaperPart part)
    {
        var body = new StringBuilder();
        body.Append("<section id=\"").Append(part.Slug).Append("\">\n<h2 id=\"").Append(part.Slug).Append("-h\">").Append(X(part.Heading)).Append("</h2>\n");
        foreach (var p in part.Introduction) AppendParagraph(body, p);
        foreach (var item in part.Items)
        {
            body.Append("<section id=\"").Append(item.Anchor).Append("\">\n<h3 id=\"").Append(item.Anchor).Append("-h\">").Append(X(item.Label));
            if (item.HeadingIsEditors) body.Append(" · <span class=\"editors\">").Append(X(item.EditorsLabel)).Append("</span>");
            body.Append("<span class=\"ref\">").Append(X(item.Reference)).Append("</span></h3>\n");
            foreach (var p in item.Paragraphs) AppendParagraph(body, p);
            body.Append("</section>\n");
        }
        if (part.Closing.Count > 0 && part.ClosingHeading is { } closing)
            body.Append("<h3><span class=\"editors\">").Append(X(closing)).Append("</span></h3>\n");
        foreach (var p in part.Closing) AppendParagraph(body, p);
        body.Append("</section>\n");
        return Page(paper, part.Heading, body.ToString());
    }

    public static string Commentary(Commentary commentary)
    {
        var body = new StringBuilder();
        body.Append("<section id=\"").Append(X(commentary.Id)).Append("\">\n").Append(Front(commentary));
        string? heading = null;
        foreach (var p in commentary.Paragraphs)
        {
            if (p.SectionHeading is { } h && h != heading) body.Append("<h2>").Append(X(heading = h)).Append("</h2>\n");
            AppendParagraph(body, p);
        }
        body.Append("</section>\n");
        return Page(commentary, commentary.Title, body.ToString());
    }

    /// <summary>Title, byline, source and the editorial notes of one document.</summary>
    private static string Front(Document document)
    {
        var front = new StringBuilder();
        front.Append("<h1>").Append(X(document.Title)).Append("</h1>\n<p class=\"meta\">").Append(X(BookContents.Byline(document))).Append("</p>\n");
        front.Append("<p class=\"meta\">");
        foreach (var (label, value) in BookContents.SourceLines(document))
            front.Append(X(label)).Append(": ").Append(X(value)).Append("<br/>");
        front.Append("On the site: ").Append(X(SiteAddress(document))).Append("</p>\n");
        if (document.Meta.EditorialNotes.Count > 0)
        {
            front.Append("<div class=\"notes editors\">\n<h2>Editorial notes</h2>\n<ul>\n");
            foreach (var note in document.Meta.EditorialNotes) front.Append("<li>").Append(X(note)).Append("</li>\n");
            front.Append("</ul>\n</div>\n");
        }
        return front.ToString();
    }

    private static void AppendParagraph(StringBuilder body, Paragraph paragraph)
    {
        // The same description of a paragraph's parts as the site's pages write (ParagraphParts).
        var parts = ParagraphParts.Of(paragraph);
        body.Append("<p id=\"").Append(X(parts.Id)).Append("\">");
        if (parts.Number is { } number) body.Append("<span class=\"pnum\">").Append(X(number)).Append("</span>");
        for (var i = 0; i < parts.Sentences.Count; i++)
        {
            var (id, sentence) = parts.Sentences[i];
            if (i > 0) body.Append(' ');
            body.Append("<span id=\"").Append(X(id)).Append("\">").Append(X(sentence.Text)).Append("</span>");
        }
        body.Append("</p>\n");
    }

    private static string Page(Document language, string title, string body)
    {
        var lang = X(Language(language));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{lang}" lang="{lang}">
            <head>
            <meta charset="UTF-8"/>
            <title>{X(title)}</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body>
            {body}</body>
            </html>

            """;
    }
}
