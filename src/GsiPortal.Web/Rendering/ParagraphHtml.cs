using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Html;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Renders a paragraph: its anchor, each sentence in a span with its pinpoint id, searched words marked, and the
/// ¶ permalink. Sentence ids are the same on every page (<c>commitment-4-s3</c>, <c>p5-s2</c>, from the address
/// book); an item's own page also answers the short <c>s3</c> its citations link to.
/// </summary>
public static class ParagraphHtml
{
    public static IHtmlContent Render(Paragraph paragraph, IReadOnlySet<string> marks, bool onItemPage = false)
    {
        var html = new StringBuilder();
        html.Append($"<p id=\"{paragraph.Anchor}\" class=\"para\">");
        foreach (var sentence in paragraph.Sentences)
        {
            var id = AddressBook.SentenceId(paragraph, sentence);
            var text = Markup.Runs(TextMarker.Mark(sentence.Text, marks));
            if (onItemPage && paragraph.Item is not null)
                html.Append($"<span id=\"{AddressBook.ShortSentenceId(sentence)}\" class=\"s\"><span id=\"{id}\" class=\"pin\">{text}</span></span> ");
            else
                html.Append($"<span id=\"{id}\" class=\"s\">{text}</span> ");
        }
        html.Append($"<a class=\"permalink\" href=\"#{paragraph.Anchor}\" aria-label=\"Permalink to this paragraph\" title=\"Permalink\">¶</a></p>");
        return new HtmlString(html.ToString());
    }
}
