using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages;

/// <summary>Base of the site's page models: the current library, the words to mark, and the page's info.</summary>
public abstract class PortalPage(ContentStore store) : PageModel, IHasPageInfo
{
    public ContentLibrary Library => store.Library;
    public PortalIndex Index => store.Index;
    public Core.Links.CrossReferences Links => store.Current.Links;
    public Core.Links.KeyTerms Terms => store.Current.Terms;
    public Core.Content.Paper Paper => store.Library.Paper;

    /// <summary>Words from <c>?highlight=</c>, marked on the page on the server so it works without JavaScript.</summary>
    [BindProperty(SupportsGet = true, Name = "highlight")]
    public string? Highlight { get; set; }

    public IReadOnlySet<string> Marks => marks ??= TextMarker.TermsOf(Highlight);
    private IReadOnlySet<string>? marks;

    public PageInfo Info { get; protected set; } = new("GsiPortal", "", "/");

    /// <summary>The first words of a text, for a description meta.</summary>
    protected static string Describe(string text, int length = 155)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)] + "…";
    }
}
