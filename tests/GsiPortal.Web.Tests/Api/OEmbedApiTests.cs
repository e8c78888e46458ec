using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The oEmbed provider answers rich quotations of the site's own addresses and refuses the rest.</summary>
[Collection(RealSite.Name)]
public class OEmbedApiTests(PortalFactory factory)
{
    [Fact]
    public async Task OEmbedAnswersRichWithTheEmbedPageInAnIframeOfTheStatedSize()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        // Absolute: WordPress's discover() fetches the href exactly as the page gives it.
        Assert.StartsWith("http://localhost/oembed?", discovery);
        var json = JsonDocument.Parse(await client.GetStringAsync(discovery)).RootElement;
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("GsiPortal", json.GetProperty("provider_name").GetString());
        // WordPress keeps only an iframe from a provider it discovered (wp_filter_oembed_result): the answer is one,
        // and its width and height are the answer's.
        var frame = Assert.Single((await Html.Parse(json.GetProperty("html").GetString()!)).QuerySelectorAll("iframe"));
        Assert.Equal(json.GetProperty("width").GetInt32().ToString(), frame.GetAttribute("width"));
        Assert.Equal(json.GetProperty("height").GetInt32().ToString(), frame.GetAttribute("height"));
        Assert.Equal("http://localhost/embed/paper/commitments/4", frame.GetAttribute("src"));
        var (_, embed) = await Html.Get(client, frame.GetAttribute("src")!);
        Assert.StartsWith("Stay committed to taking the legitimate security concerns", embed.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal("http://localhost/paper/commitments/4", embed.QuerySelector("blockquote h1 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AWholeCommentaryEmbedsWhole()
    {
        var client = factory.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost/commentaries/chen-xiangyang"))).RootElement;
        var frame = (await Html.Parse(json.GetProperty("html").GetString()!)).QuerySelector("iframe")!;
        Assert.Equal("http://localhost/embed/commentaries/chen-xiangyang", frame.GetAttribute("src"));
        var (_, embed) = await Html.Get(client, frame.GetAttribute("src")!);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/commentaries/chen-xiangyang")).RootElement;
        Assert.Equal(api.GetProperty("paragraphs").GetArrayLength(), embed.QuerySelectorAll("blockquote > p, blockquote > .embed-text > p").Length);
        Assert.True(api.GetProperty("paragraphs").GetArrayLength() > 1);
    }

    [Theory]
    [InlineData("/paper/commitments/4", true)]
    [InlineData("/commentaries/lei-kezhong", true)]
    [InlineData("/", false)]
    [InlineData("/paper", false)]
    [InlineData("/paper/commitments", true)]
    [InlineData("/paper/background", true)]
    [InlineData("/commentaries", false)]
    [InlineData("/search?q=security", false)]
    [InlineData("/about", false)]
    [InlineData("/terms/indivisible-security", false)]
    [InlineData("/compare/paper/commitments/4", false)]
    [InlineData("/no-such-page", false)]
    public async Task OnlyPagesWhoseOEmbedAnswersAdvertiseIt(string path, bool advertised)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, path);
        var links = page.QuerySelectorAll("link[type='application/json+oembed']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(advertised ? 1 : 0, links.Count);
        foreach (var link in links) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        // And the other way: where nothing is advertised, the endpoint indeed has nothing.
        if (!advertised && !path.Contains('?') && path != "/no-such-page")
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost" + path))).StatusCode);
    }

    /// <summary>
    /// A part's page, discovered as WordPress discovers (WP_oEmbed::discover: the link of type application/json+oembed,
    /// fetched as written with maxwidth and maxheight added): the answer frames the part's embed, its items numbered as
    /// the paper prints them. Part pages had no discovery link, and /oembed answered 404 for a part.
    /// </summary>
    [Fact]
    public async Task APartPageIsDiscoveredAndEmbeddedWithItsItemsNumbered()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments");
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        Assert.Equal("http://localhost/oembed?url=" + Uri.EscapeDataString("http://localhost/paper/commitments"), discovery);
        var json = JsonDocument.Parse(await client.GetStringAsync(discovery + "&maxwidth=600&maxheight=750")).RootElement;
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("Part II: Core concepts and principles", json.GetProperty("title").GetString());
        Assert.InRange(json.GetProperty("height").GetInt32(), 1, 750);
        var frame = Assert.Single((await Html.Parse(json.GetProperty("html").GetString()!)).QuerySelectorAll("iframe"));
        var (response, embed) = await Html.Get(client, frame.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("1. Stay committed to the vision", embed.QuerySelector("blockquote p")!.TextContent);

        var (_, whole) = await Html.Get(client, "/embed/paper/commitments");
        Assert.Equal("Part II: Core concepts and principles", whole.QuerySelector("blockquote h1")!.TextContent);
        var paragraphs = whole.QuerySelectorAll("blockquote .embed-text > p").Select(p => p.TextContent).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"{n}. "), paragraphs.Where(p => char.IsAsciiDigit(p[0])).Select(p => p[..3]));
    }

    /// <summary>
    /// A sentence's address pasted into WordPress (review 20, D5): WordPress fetches the page without its fragment
    /// (WP_oEmbed::discover), whose link names the whole item, but asks that provider with the address as pasted in place
    /// of url (WP_oEmbed::fetch: add_query_arg('url', urlencode($url))), so the fragment reaches us and the sentence,
    /// not its item, is framed — as a reader who pasted a sentence expects.
    /// </summary>
    [Fact]
    public async Task ASentencesAddressPastedIntoWordPressEmbedsTheSentence()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var discovered = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        Assert.Equal("http://localhost/oembed?url=" + Uri.EscapeDataString("http://localhost/paper/commitments/4"), discovered);
        var pasted = "http://localhost/paper/commitments/4#s3";
        var asked = discovered[..discovered.IndexOf('?')] + "?url=" + Uri.EscapeDataString(pasted) + "&maxwidth=600&maxheight=900&dnt=1";
        var json = JsonDocument.Parse(await client.GetStringAsync(asked)).RootElement;
        Assert.Equal("Commitment 4, sentence 3", json.GetProperty("title").GetString());
        var frame = Assert.Single((await Html.Parse(json.GetProperty("html").GetString()!)).QuerySelectorAll("iframe"));
        Assert.Equal("http://localhost/embed/paper/commitments/4/s3", frame.GetAttribute("src"));
    }

    /// <summary>
    /// The link every citation gives is an edition's (/editions/{id}/paper/commitments/4#s5): a blogger pastes it, and
    /// WordPress asks the provider the page advertises with that address in place of url. The edition's page advertised
    /// the current address's provider, which answered 404 for the edition's address, and the link stayed a bare link
    /// (a reader's review). Now the edition's page advertises its own provider, which frames the edition's embed page,
    /// and /oembed sends an edition's address to it.
    /// </summary>
    [Fact]
    public async Task AnEditionsAddressEmbedsThatEditionsWords()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (_, current) = await Html.Get(client, "/paper/commitments/4");
        var edition = current.QuerySelector("meta[name=citation_public_url]")!.GetAttribute("content")!;
        Assert.Matches("^http://localhost/editions/[0-9a-f]{12}/paper/commitments/4$", edition);
        var editionBase = edition[..^"/paper/commitments/4".Length];

        var (_, page) = await Html.Get(client, edition);
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        Assert.Equal(editionBase + "/oembed?url=" + Uri.EscapeDataString(edition), discovery);

        // As WordPress asks it: the pasted address, with its sentence, in place of url.
        var pasted = edition + "#s5";
        var asked = editionBase + "/oembed?url=" + Uri.EscapeDataString(pasted) + "&maxwidth=500";
        var json = JsonDocument.Parse(await client.GetStringAsync(asked)).RootElement;
        Assert.Equal("Commitment 4, sentence 5", json.GetProperty("title").GetString());
        var frame = Assert.Single((await Html.Parse(json.GetProperty("html").GetString()!)).QuerySelectorAll("iframe"));
        Assert.Equal(editionBase + "/embed/paper/commitments/4/s5", frame.GetAttribute("src"));
        var (response, embed) = await Html.Get(client, frame.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("The legitimate and reasonable security concerns", embed.QuerySelector("blockquote p")!.TextContent);

        // Asked of the current provider, the edition's address is sent to the edition's.
        var sent = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString(pasted) + "&maxwidth=500");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, sent.StatusCode);
        Assert.Equal(asked["http://localhost".Length..], sent.Headers.Location!.OriginalString);
        // An edition there is not is refused as its pages are.
        var unknown = await factory.CreateClient().GetAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/editions/ffffffffffff/paper/commitments/4"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/oembed?url=https%3A%2F%2Fexample.com%2Fpaper%2Fcommitments%2F4&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F9&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4&format=xml", HttpStatusCode.NotImplemented)]
    [InlineData("/oembed?format=json", HttpStatusCode.BadRequest)]
    public async Task OEmbedRefusesWhatItCannotAnswer(string address, HttpStatusCode status) =>
        Assert.Equal(status, (await factory.CreateClient().GetAsync(address)).StatusCode);
}
