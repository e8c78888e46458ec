using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages;

/// <summary>Base of the site's page models: the request's edition, the words to mark, and the page's info.</summary>
public abstract class PortalPage(Edition edition) : PageModel, IHasPageInfo
{
    /// <summary>The one edition this request reads.</summary>
    public Edition Edition { get; } = edition;
    public ContentLibrary Library => Edition.Library;
    public Core.Content.Paper Paper => Edition.Paper;
    public AddressBook Addresses => Edition.Addresses;

    /// <summary>Words from <c>?highlight=</c>, marked on the page on the server so it works without JavaScript.</summary>
    [BindProperty(SupportsGet = true, Name = Routes.HighlightParameter)]
    public string? Highlight { get; set; }

    // An earlier edition has no index to weigh the words by: its pages are shown unmarked.
    public PageHighlight Marks => marks ??= Edition.HasSearch ? Edition.Search.Highlight(Highlight).On(MarkedParagraphs.Select(p => p.Text)) : PageHighlight.None;
    private PageHighlight? marks;

    /// <summary>The paragraphs the page shows marked, which decide together what a common searched word needs to be marked.</summary>
    protected virtual IEnumerable<Paragraph> MarkedParagraphs => [];

    public PageInfo Info { get; protected set; } = new("GsiPortal", "", Routes.Home);

    /// <summary>The first words of a text, for a description meta.</summary>
    /// <summary>
    /// As many whole sentences as fit in <paramref name="length"/> characters, so that a preview never stops
    /// mid-sentence (and the item page carries no words twice that it then cuts); the first alone, cut, if it is longer.
    /// </summary>
    protected static string DescribeWhole(IEnumerable<string> sentences, int length = 155)
    {
        var text = "";
        foreach (var sentence in sentences)
        {
            var longer = text.Length == 0 ? sentence : $"{text} {sentence}";
            if (longer.Length > length) return text.Length == 0 ? Describe(sentence, length) : text;
            text = longer;
        }
        return text;
    }

    protected static string Describe(string text, int length = 155)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)] + "…";
    }
}
