using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Compare;

/// <summary>The side-by-side comparison of an item with the commentaries.</summary>
[Collection(RealSite.Name)]
public class ComparePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheComparePageSetsEachCommentarysWordingAgainstThePaper()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        Assert.StartsWith("Stay committed to taking", page.QuerySelector("blockquote p")!.TextContent);
        var sections = page.QuerySelectorAll("section h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/commentaries/chen-xiangyang#p9", sections);
        Assert.NotEmpty(page.QuerySelectorAll(".diff del"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/compare/commitments/7")).StatusCode);
    }
}
