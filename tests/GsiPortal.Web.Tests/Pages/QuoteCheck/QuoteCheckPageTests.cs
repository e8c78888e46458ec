using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>The quote check page.</summary>
[Collection(RealSite.Name)]
public class QuoteCheckPageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheQuoteCheckPageWorksWithoutScript()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/quote-check", new FormUrlEncodedContent([new("text", "Humanity is an indivisible peace community.")]));
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("closest", page.QuerySelector("#verdict")!.TextContent);
        Assert.Equal("peace", page.QuerySelector(".diff del")!.TextContent);
        var (empty, emptyPage) = await Html.Get(client, "/quote-check?text=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector(".problem"));
    }
}
