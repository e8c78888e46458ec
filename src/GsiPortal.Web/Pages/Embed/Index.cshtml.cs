using GsiPortal.Web.Api;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Embed;

/// <summary>Compact pages of one item or paragraph, for other sites' iframes: the only pages that may be framed.</summary>
public class IndexModel(ContentStore store) : PortalPage(store)
{
    public EmbedTarget Target { get; private set; } = null!;
    public string Origin { get; private set; } = "";

    public IActionResult OnGet(string path)
    {
        if (EmbedTarget.FromEmbedPath(Library, path) is not { } target) return NotFound();
        Target = target;
        Origin = SiteOrigin.Of(HttpContext);
        Info = new PageInfo($"{target.Title} — GsiPortal", Describe(target.Paragraphs[0].Text), target.Canonical);
        return Page();
    }
}
