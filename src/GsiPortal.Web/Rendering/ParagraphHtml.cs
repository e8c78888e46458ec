using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Html;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Renders a paragraph: its anchor, each sentence in a span with its own pinpoint anchor, searched words
/// marked, and the ¶ permalink. The text is always HTML-encoded here.
/// </summary>
public static class ParagraphHtml
{
    /// <summary>Sentence anchors take <paramref name="sentencePrefix"/>: "" on an item's own page (<c>#s3</c>), "commitment-4-" on pages that show several items.</summary>
    public static IHtmlContent Render(Paragraph paragraph, string sentencePrefix, IReadOnlySet<string> marks)
    {
        var html = new StringBuilder();
        html.Append($"<p id=\"{paragraph.Anchor}\" class=\"para\">");
        foreach (var sentence in paragraph.Sentences)
        {
            html.Append($"<span id=\"{sentencePrefix}s{sentence.Number}\" class=\"s\">")
                .Append(TextMarker.Html(sentence.Text, marks)).Append("</span> ");
        }
        html.Append($"<a class=\"permalink\" href=\"#{paragraph.Anchor}\" aria-label=\"Permalink to this paragraph\" title=\"Permalink\">¶</a></p>");
        return new HtmlString(html.ToString());
    }

    /// <summary>The sentence-anchor prefix for a paragraph on a page that shows more than one item.</summary>
    public static string SharedPagePrefix(Paragraph paragraph) => paragraph.Item is { } item ? $"{item.Anchor}-" : $"{paragraph.Anchor}-";
}
