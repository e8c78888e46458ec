using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

public class PartModel(ContentStore store) : PortalPage(store)
{
    public PaperPart Part { get; private set; } = null!;

    public IActionResult OnGet(string part)
    {
        // Only the slug is the canonical address; /ref/ handles numerals.
        if (Paper.Parts.FirstOrDefault(p => p.Slug == part) is not { } found) return NotFound();
        Part = found;
        Info = new PageInfo($"{found.Heading} — {Paper.ShortTitle}", Describe(found.Paragraphs.First().Text), Addresses.Part(found), "paper")
        {
            JsonLd = Rendering.StructuredData.Part(found, Paper, SiteOrigin.Of(HttpContext)),
        };
        return Page();
    }
}
