using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>The smaller findings of the second probe (issue #21): methods, Allow, sizes and an encoded slash.</summary>
[Collection(RealSite.Name)]
public class SmallerFindingsTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/healthz", "POST")]
    [InlineData("/healthz", "PUT")]
    [InlineData("/healthz", "DELETE")]
    [InlineData("/healthz", "TRACE")]
    [InlineData("/readyz", "POST")]
    [InlineData("/readyz", "PUT")]
    [InlineData("/readyz", "DELETE")]
    [InlineData("/readyz", "TRACE")]
    public async Task HealthAnswersOnlyGetAndHead(string address, string method)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), address));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/not-found", "POST")]
    [InlineData("/not-found", "PUT")]
    [InlineData("/error", "POST")]
    [InlineData("/error", "DELETE")]
    public async Task TheStatusPagesAllowOnlyRealMethods(string address, string method)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), address));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    /// <summary>
    /// An encoded slash is part of a segment's name, not a separator (RFC 3986, 2.2): <c>/Paper%2FCommitments</c> is one
    /// segment, which names nothing. It is answered with the helpful 404, not redirected to a doubly encoded address.
    /// </summary>
    [Theory]
    [InlineData("/Paper%2FCommitments")]
    [InlineData("/paper%2Fcommitments%2F4")]
    [InlineData("/Commentaries%2flei-kezhong")]
    public async Task AnEncodedSlashIsNotRedirectedButNamesNothing(string address)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task AnUpperCaseAddressIsStillRedirected()
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync("/Paper/Commitments");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/paper/commitments", response.Headers.Location!.OriginalString);
    }

    /// <summary>Downloads read no parameter but the PDF's paper size: any other is not part of the cache key.</summary>
    [Theory]
    [InlineData("/download/paper.md")]
    [InlineData("/download/lei-kezhong.txt")]
    [InlineData("/download/edition.epub")]
    public async Task ADownloadWithJunkParametersIsServedFromTheCache(string address)
    {
        var client = factory.CreateClient();
        var clean = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        var junk = await client.GetAsync(address + "?junk=" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        Assert.True(junk.Headers.Age is not null, $"{address}?junk=… was rendered again instead of served from the cache");
        Assert.Equal(await clean.Content.ReadAsByteArrayAsync(), await junk.Content.ReadAsByteArrayAsync());
    }
}

/// <summary>Settings of their own: a public origin, a small rate limit, a body over the site's limit on a real socket.</summary>
public class SmallerFindingsOwnHostTests
{
    [Fact]
    public async Task TheOpenApiDescriptionNamesThePublicOriginAsItsServer()
    {
        using var factory = new PortalFactory { Settings = { ["Portal:PublicOrigin"] = "https://gsi.example.org" } };
        var doc = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var servers = doc.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.Equal("https://gsi.example.org", servers[0]);
        Assert.Equal("https://gsi.example.org/editions/{edition}", servers[1]);
        Assert.Equal(2, servers.Count);
    }

    [Fact]
    public async Task DownloadsAreRateLimitedLikeOtherCostlyAddresses()
    {
        // A stopped clock: the four requests in one window (see RateLimitTests).
        using var factory = new PortalFactory { Settings = { ["RateLimiting:PermitLimit"] = "3" }, Clock = new StoppedClock(StoppedClock.MidWindow) };
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/download/paper.md?n={i}")).StatusCode);
        var refused = await client.GetAsync("/download/paper.md?n=9");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task An80KilobyteFormPostedToTheQuoteCheckAnswers413()
    {
        using var site = new KestrelSite();
        using var client = new HttpClient { BaseAddress = site.Address };
        var form = new StringContent("text=" + new string('a', 80 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await client.PostAsync("/quote-check", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("3,000", await response.Content.ReadAsStringAsync());
    }
}
