using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Commentaries;

public class ShowModel(ContentStore store) : PortalPage(store)
{
    public Commentary Commentary { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Library.FindCommentary(id) is not { } commentary) return NotFound();
        Commentary = commentary;
        Info = new PageInfo($"{commentary.Title} — {commentary.Author} ({commentary.Date.Year})", Describe(commentary.Paragraphs[0].Text),
            Addresses.Commentary(commentary), "commentaries")
        {
            OpenGraphType = "article",
            JsonLd = Rendering.StructuredData.Commentary(commentary, Paper, SiteOrigin.Of(HttpContext)),
        };
        return Page();
    }
}
