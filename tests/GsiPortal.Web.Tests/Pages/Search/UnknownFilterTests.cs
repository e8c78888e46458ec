using System.Net;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A search under a document or kind that is none is refused (400) with the ones there are as links, each the same
/// search under it, and the document probably meant first; before, a line of ids as plain text.
/// </summary>
[Collection(RealSite.Name)]
public class UnknownFilterTests(PortalFactory factory)
{
    [Fact]
    public async Task AnUnknownDocumentOffersEveryDocumentAsALinkAndTheOneMeantFirst()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=peace&doc=lei");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = page.QuerySelector("main p.problem[role=alert]")!;
        Assert.StartsWith("Unknown document 'lei'. Did you mean Lei Kezhong? Documents are:", problem.TextContent.Trim());
        var links = problem.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("/search?q=peace&doc=lei-kezhong", links[0]);
        Assert.Equal((await factory.EditionInServiceAsync()).Library.Documents.Select(d => "/search?q=peace&doc=" + d.Id).Order(), links.Skip(1).Order());
        var (followed, _) = await Html.Get(factory.CreateClient(), links[0]);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Fact]
    public async Task AnUnknownKindOffersEveryKindAsALinkKeepingTheDocument()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=peace&kind=essay&doc=paper");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = page.QuerySelector("main p.problem[role=alert]")!;
        Assert.StartsWith("Unknown kind 'essay'. Kinds are:", problem.TextContent.Trim());
        var links = problem.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/search?q=peace&kind=priority&doc=paper", links);
        Assert.Contains("/search?q=peace&kind=commentary&doc=paper", links);
        Assert.All(links, l => Assert.StartsWith("/search?q=peace&kind=", l));
        // Each named for a reader, the kind the address takes beside it.
        Assert.Contains("Introductions and closings (Parts II, III and IV) (paper)", problem.TextContent);
    }
}
