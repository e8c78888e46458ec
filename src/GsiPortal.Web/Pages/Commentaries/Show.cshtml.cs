using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Commentaries;

public class ShowModel(Edition edition) : PortalPage(edition)
{
    public Commentary Commentary { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Addresses.FindCommentary(id) is not { } commentary) return NotFound();
        Commentary = commentary;
        Info = new PageInfo($"{commentary.Title} — {commentary.Author} ({commentary.Date.Year})", Describe(commentary.Paragraphs[0].Text),
            AddressBook.Commentary(commentary), "commentaries")
        {
            OpenGraphType = "article",
            JsonLd = Rendering.StructuredData.Commentary(commentary, Paper, SiteOrigin.Of(HttpContext)),
            CitationMeta = Rendering.ScholarlyMeta.For(AddressBook.Of(commentary), SiteOrigin.Of(HttpContext)),
        };
        return Page();
    }
}
