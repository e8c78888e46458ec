using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>A text page asked for as JSON answers its JSON, at its own address; each links its other formats.</summary>
[Collection(RealSite.Name)]
public class PageNegotiationTests(PortalFactory factory)
{
    private async Task<HttpResponseMessage> Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await factory.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/paper/commitments/4", "item")]
    [InlineData("/paper/commitments", "part")]
    [InlineData("/paper", "document")]
    [InlineData("/commentaries/lei-kezhong", "document")]
    public async Task AcceptJsonOnATextPageAnswersItsJson(string path, string kind)
    {
        // Twice: the second may not be served from the HTML kept for the bare address.
        await Get(path, "text/html");
        var response = await Get(path, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(path, json.GetProperty("address").GetString());
        Assert.Equal(kind, json.GetProperty("kind").GetString());
        Assert.Equal(await factory.CreateClient().GetStringAsync($"/api/passages?address={Uri.EscapeDataString(path)}"), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")] // a browser
    [InlineData("*/*")] // curl
    [InlineData("application/json;q=0.5, text/html")]
    public async Task ABrowsersOrAnIndifferentAcceptGetsTheHtml(string accept)
    {
        var response = await Get("/paper/commitments/4", accept);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task APageThatIsNoTextAnswersHtmlWhateverIsAsked()
    {
        var response = await Get("/about", "application/json");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/paper/commitments/4", new[] { "application/json" })]
    [InlineData("/commentaries/lei-kezhong", new[] { "application/json", "text/markdown", "text/plain" })]
    public async Task EachTextPageLinksItsOtherFormatsAndEachAnswers(string path, string[] types)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, path);
        foreach (var type in types)
        {
            var href = page.QuerySelector($"link[rel=alternate][type='{type}']")!.GetAttribute("href")!;
            Assert.StartsWith("/", href);
            var response = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        }
    }
}
