using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Embed;

/// <summary>The compact embed pages, the only pages other sites may frame.</summary>
[Collection(RealSite.Name)]
public class EmbedPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/embed/paper/commitments/4", "Stay committed to taking the legitimate")]
    [InlineData("/embed/commentaries/chen-xiangyang/p9", "Fourth,")]
    [InlineData("/embed/paper/background/background-p2", "Today, our world")]
    public async Task EmbedPagesMayBeFramedAndShowOneItem(string address, string text)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains(text, page.QuerySelector("blockquote")!.TextContent);
        Assert.Null(page.QuerySelector("nav"));
    }

    [Theory]
    [InlineData("/embed/commentaries/chen-xiangyang/p7")]
    [InlineData("/embed/commentaries/chen-xiangyang/p7-s1")]
    public async Task AnEmbeddedQuotationMarksTheSourcesMisprintSicSoTheQuotingSiteIsNotBlamedForIt(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal("soveignty", page.QuerySelector("blockquote p .sic")!.TextContent);
    }
}
