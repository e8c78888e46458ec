using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>
/// /paper/priorities/21 was the generic 404 ("names no page"): an item beyond its part's count says how many the part
/// has and links to the last one and to the part, under the address's own prefix.
/// </summary>
[Collection(RealSite.Name)]
public class ItemBeyondPartTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/priorities/21", "Part III has 20 priorities: there is no priority 21.", "/paper/priorities/20", "/paper/priorities")]
    [InlineData("/paper/commitments/7", "Part II has 6 commitments: there is no commitment 7.", "/paper/commitments/6", "/paper/commitments")]
    [InlineData("/paper/platforms/6", "Part IV has 5 platforms: there is no platform 6.", "/paper/platforms/5", "/paper/platforms")]
    [InlineData("/paper/priorities/0", "Part III has 20 priorities: there is no priority 0.", "/paper/priorities/20", "/paper/priorities")]
    [InlineData("/paper/priorities/21/commentaries", "Part III has 20 priorities: there is no priority 21.", "/paper/priorities/20/commentaries", "/paper/priorities")]
    [InlineData("/compare/commitments/9", "Part II has 6 commitments: there is no commitment 9.", "/compare/commitments/6", "/compare/commitments")]
    [InlineData("/embed/paper/platforms/6", "Part IV has 5 platforms: there is no platform 6.", "/embed/paper/platforms/5", "/embed/paper/platforms")]
    public async Task AnItemBeyondThePartSaysHowManyThereAreAndLinksTheLastAndThePart(string address, string says, string last, string part)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var reason = page.QuerySelector("main p.not-found-reason");
        Assert.NotNull(reason);
        Assert.StartsWith(says, reason.TextContent.Trim());
        Assert.Equal([last, part], reason.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        foreach (var link in new[] { last, part })
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task TheLastItemIsNamedByItsLabelAndHeading()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/21");
        var first = page.QuerySelector("main p.not-found-reason a")!;
        Assert.Equal("Priority 20: Climate change and supply chains", first.TextContent);
    }

    [Theory]
    [InlineData("/paper/nowhere/3")]
    [InlineData("/paper/priorities/5/nothing")]
    public async Task AnAddressNamingNoPartKeepsTheGeneralPage(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("main p.not-found-reason"));
    }
}
