using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

public class ItemModel(Edition edition) : PortalPage(edition)
{
    public PaperItem Item { get; private set; } = null!;

    protected override IEnumerable<Paragraph> MarkedParagraphs => Item.Paragraphs;
    public Passage Passage { get; private set; } = null!;

    public IActionResult OnGet(string part, int number)
    {
        if (Addresses.FindItem(part, number) is not { } item) return NotFound();
        Item = item;
        Passage = AddressBook.Of(item);
        Info = new PageInfo($"{item.FullTitle} — {Paper.ShortTitle}", DescribeWhole(item.Paragraphs[0].Sentences.Select(s => s.Text)), AddressBook.Item(item), "paper")
        {
            SkipTo = PageInfo.TextId,
            OpenGraphType = "article",
            JsonLd = Rendering.StructuredData.Item(item, Paper, SiteOrigin.Of(HttpContext)),
            CitationMeta = Rendering.ScholarlyMeta.For(Passage, HttpContext),
            Alternates = PageAlternate.For(Passage),
            Embeddable = true,
        };
        return Page();
    }
}
