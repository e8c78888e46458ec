using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The oEmbed provider answers rich quotations of the site's own addresses and refuses the rest.</summary>
[Collection(RealSite.Name)]
public class OEmbedApiTests(PortalFactory factory)
{
    [Fact]
    public async Task OEmbedAnswersRichWithABlockquoteThatLinksBack()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        var json = JsonDocument.Parse(await client.GetStringAsync(discovery)).RootElement;
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("GsiPortal", json.GetProperty("provider_name").GetString());
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.True(json.GetProperty("height").GetInt32() > 0);
        var html = await Html.Parse(json.GetProperty("html").GetString()!);
        Assert.StartsWith("Stay committed to taking the legitimate security concerns", html.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal("http://localhost/paper/commitments/4", html.QuerySelector("blockquote cite a")!.GetAttribute("href"));

        var paragraph = JsonDocument.Parse(await client.GetStringAsync("/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost/commentaries/chen-xiangyang#p9"))).RootElement;
        Assert.Contains("Fourth,", paragraph.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("/oembed?url=https%3A%2F%2Fexample.com%2Fpaper%2Fcommitments%2F4&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F9&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4&format=xml", HttpStatusCode.NotImplemented)]
    [InlineData("/oembed?format=json", HttpStatusCode.BadRequest)]
    public async Task OEmbedRefusesWhatItCannotAnswer(string address, HttpStatusCode status) =>
        Assert.Equal(status, (await factory.CreateClient().GetAsync(address)).StatusCode);
}
