using System.Net;
using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Html;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Renders a paragraph: its anchor and margin number (a permalink), each sentence in a span with its pinpoint id and
/// number, searched words marked. A sentence is a span directly in its paragraph and needs no class (stylesheet and
/// script select <c>.para &gt; span</c>); its fragment's prefix is its id less its number, so no data attribute says it. Sentence ids are the same on every page (<c>commitment-4-s3</c>, <c>p5-s2</c>, from
/// the address book); an item's own page also answers the short <c>s3</c> its citations link to. The data attributes
/// give the reading script each passage's canonical address; without the script the numbers are plain links. A
/// sentence's number is the digits its id ends in: the reading script reads it there (and writes <c>data-n</c> for the
/// stylesheet's numbers), so no page carries it twice.
/// </summary>
public static class ParagraphHtml
{
    public static IHtmlContent Render(Paragraph paragraph, PageHighlight marks, bool onItemPage = false)
    {
        var html = new StringBuilder();
        var passage = AddressBook.OfParagraphs(paragraph, paragraph);
        var firstSentence = AddressBook.OfSentences(paragraph, paragraph.Sentences[0].Number, paragraph.Sentences[0].Number);
        // data-address only where the paragraph is not its page's whole passage (the script reads data-page then);
        // data-page only where the paragraph's page is not this one (on an item's own page the script reads the Cite
        // section's data-cite-base, the same address).
        var address = passage.Address == firstSentence.Page ? "" : $" data-address=\"{E(passage.Address)}\"";
        var page = onItemPage && paragraph.Item is not null ? "" : $" data-page=\"{E(firstSentence.Page)}\"";
        html.Append($"<p id=\"{paragraph.Anchor}\" class=\"para\"{address}{page} data-title=\"{E(Container(paragraph))}\">");
        var parts = ParagraphParts.Of(paragraph);
        var number = parts.Number;
        // Off an item's own page (a part's page, the whole paper) an item's paragraphs are numbered afresh in each item,
        // so the mark names the item too ("20 ¶ 1"): a reader citing from the page sees which ¶1 it is. Its accessible
        // name holds its visible text ("Priority 20 ¶ 1"), as WCAG 2.5.3 asks.
        html.Append(number is null
            // An item's one paragraph is named by its item: six links on a part's page were all "Link to this paragraph"
            // (review 20 D10), which a screen reader's list of links cannot tell apart.
            ? $"<a class=\"pnum\" href=\"#{paragraph.Anchor}\" aria-label=\"{(paragraph.Item is { } one ? $"Link to {E(one.Label)}" : "Link to this paragraph")}\">¶</a>"
            : !onItemPage && paragraph.Item is { } item
                ? $"<a class=\"pnum numbered in-item\" href=\"#{paragraph.Anchor}\" aria-label=\"{E(item.Label)} ¶ {number}\">{item.Number}<span> ¶ </span>{number}</a>"
                : $"<a class=\"pnum numbered\" href=\"#{paragraph.Anchor}\" aria-label=\"Paragraph {number}\">{number}</a>");
        foreach (var (id, sentence) in parts.Sentences)
        {
            var text = Markup.Runs(marks.Mark(paragraph, sentence.Text), paragraph.Document.Meta.Sic);
            if (onItemPage && paragraph.Item is not null)
                html.Append($"<span id=\"{AddressBook.ShortSentenceId(sentence)}\"><span id=\"{id}\">{text}</span></span> ");
            else
                html.Append($"<span id=\"{id}\">{text}</span> ");
        }
        html.Length--;
        html.Append("</p>");
        return new HtmlString(html.ToString());
    }

    /// <summary>What the paragraph stands in, as the passage panel names it: "Commitment 4", "Lei Kezhong (2022)", "Part III".</summary>
    private static string Container(Paragraph paragraph) => paragraph switch
    {
        { Item: { } item } => item.Label,
        { Part: { } part } => $"Part {part.Numeral}",
        _ => paragraph.Document.Attribution,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
