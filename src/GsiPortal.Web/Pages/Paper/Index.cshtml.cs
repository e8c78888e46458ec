using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Paper;

public class IndexModel(ContentStore store) : PortalPage(store)
{
    public void OnGet() =>
        Info = new PageInfo($"{Paper.Title} — full text", Describe(Paper.Parts[0].Paragraphs.First().Text), "/paper", "paper")
        {
            JsonLd = Rendering.StructuredData.Paper(Paper, Hosting.SiteOrigin.Of(HttpContext)),
        };
}
