using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>How to cite and link: every example on the page answers as it says.</summary>
[Collection(RealSite.Name)]
public class HowToCitePageTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryExampleLinkOnThePageAnswers()
    {
        var client = factory.CreateNonRedirectingClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var links = page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(links.Count >= 12, $"only {links.Count} examples");
        foreach (var link in links)
        {
            var response = await client.GetAsync(link.Split('#')[0]);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PermanentRedirect, $"{link} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryCitationAddressShownDownloadsACitation()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var addresses = page.QuerySelector("#cite")!.NextElementSibling!.NextElementSibling!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // An item, a range of sentences, a sentence, a whole part, the whole paper.
        Assert.Equal(5, addresses.Length);
        foreach (var address in addresses)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(address.Trim()).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task TheEditionItNamesIsTheOneCitationsCarry()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var version = page.QuerySelector("#edition-in-citations code")!.TextContent;
        Assert.Equal(page.QuerySelector("footer [data-edition-version]")!.TextContent, version);
        var shown = page.QuerySelector("#edition-in-citations .example-edition")!.TextContent;
        Assert.Equal($"GsiPortal edition {version}", shown);
        Assert.Contains(shown, await client.GetStringAsync("/cite/paper/commitments/4?format=ris"));
        var inWords = page.QuerySelector("#edition-in-citations .example-edition-words")!.TextContent;
        Assert.StartsWith("GsiPortal edition of ", inWords);
        Assert.Contains(inWords, await client.GetStringAsync("/cite/paper/commitments/4?format=chicago"));
    }

    [Fact]
    public async Task TheLinkerSnippetLoadsTheScriptThisSiteServes()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var snippet = await Html.Parse(page.QuerySelector("#linker ~ pre.example")!.TextContent);
        var src = new Uri(snippet.QuerySelector("script[src][defer]")!.GetAttribute("src")!);
        var script = await client.GetAsync(src.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/api/passages?", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOEmbedExampleAnswersWithinItsMaxwidth()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var example = new Uri(page.QuerySelector("#oembed + pre")!.TextContent.Trim());
        var answer = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(example.PathAndQuery)).RootElement;
        Assert.Equal(400, answer.GetProperty("width").GetInt32());
        Assert.Contains("sentences 2–3", answer.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheFetchExampleIsOpenToOtherSites()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var address = System.Text.RegularExpressions.Regex.Match(page.QuerySelector("#cors pre")!.TextContent, "fetch\\(\"(?<url>[^\"]+)\"\\)").Groups["url"].Value;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address).PathAndQuery);
        request.Headers.Add("Origin", "https://other.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var item = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(item.GetProperty("paragraphs")[0].GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("cite")]
    [InlineData("embed")]
    [InlineData("data")]
    public async Task ItHasEachSection(string id)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/how-to-cite");
        Assert.NotNull(page.GetElementById(id));
    }
}
