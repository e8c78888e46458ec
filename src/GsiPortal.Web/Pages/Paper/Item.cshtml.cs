using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

public class ItemModel(ContentStore store) : PortalPage(store)
{
    public PaperItem Item { get; private set; } = null!;

    public IActionResult OnGet(string part, int number)
    {
        if (Paper.Parts.FirstOrDefault(p => p.Slug == part)?.FindItem(number) is not { } item) return NotFound();
        Item = item;
        Info = new PageInfo($"{item.Label}: {item.Title} — {Paper.ShortTitle}", Describe(item.Paragraphs[0].Text), Addresses.Item(item), "paper")
        {
            OpenGraphType = "article",
            JsonLd = Rendering.StructuredData.Item(item, Paper, SiteOrigin.Of(HttpContext)),
        };
        return Page();
    }
}
