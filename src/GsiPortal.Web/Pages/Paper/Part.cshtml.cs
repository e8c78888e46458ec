using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

public class PartModel(Edition edition) : PortalPage(edition)
{
    public PaperPart Part { get; private set; } = null!;

    protected override IEnumerable<Paragraph> MarkedParagraphs => Part.Paragraphs;
    public PaperPart? Previous { get; private set; }
    public PaperPart? Next { get; private set; }

    public IActionResult OnGet(string part)
    {
        // Only the slug is the canonical address; /ref/ and the redirects handle numerals.
        if (Addresses.FindPart(part) is not { } found) return NotFound();
        Part = found;
        Previous = found.Number > 1 ? Paper.Parts[found.Number - 2] : null;
        Next = found.Number < Paper.Parts.Count ? Paper.Parts[found.Number] : null;
        Info = new PageInfo($"{found.Heading} — {Paper.ShortTitle}", Describe(found.Paragraphs.First().Text), AddressBook.Part(found), "paper")
        {
            SkipTo = PageInfo.TextId,
            JsonLd = Rendering.StructuredData.Part(found, Paper, SiteOrigin.Of(HttpContext)),
            CitationMeta = Rendering.ScholarlyMeta.For(AddressBook.Of(found), HttpContext),
            Alternates = PageAlternate.For(AddressBook.Of(found)),
            // /oembed answers for a part (its embed numbers the items as the paper prints them): WordPress discovers it here.
            Embeddable = true,
        };
        return Page();
    }
}
