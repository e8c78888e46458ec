using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Embed;

/// <summary>Compact pages of one item, paragraph or sentence run, or a whole commentary, for other sites' iframes: the only pages that may be framed.</summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    public Passage Passage { get; private set; } = null!;
    public string Origin { get; private set; } = "";

    public IActionResult OnGet(string path)
    {
        if (Addresses.ResolveEmbed(path) is not { } passage || !Rendering.EmbedHtml.IsEmbeddable(passage)) return NotFound();
        Passage = passage;
        Origin = SiteOrigin.Of(HttpContext);
        Info = new PageInfo($"{passage.Title} — GsiPortal", Describe(passage.Text), passage.Address);
        return Page();
    }
}
