using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Paper;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    protected override IEnumerable<Core.Content.Paragraph> MarkedParagraphs => Paper.Paragraphs;

    public void OnGet() =>
        Info = new PageInfo($"{Paper.Title} — full text", Describe(Paper.Parts[0].Paragraphs.First().Text), Routes.Paper, "paper")
        {
            SkipTo = PageInfo.TextId,
            JsonLd = Rendering.StructuredData.Paper(Paper, Hosting.SiteOrigin.Of(HttpContext)),
            CitationMeta = Rendering.ScholarlyMeta.For(AddressBook.Of(Paper), HttpContext),
            Alternates = PageAlternate.For(AddressBook.Of(Paper)),
        };
}
