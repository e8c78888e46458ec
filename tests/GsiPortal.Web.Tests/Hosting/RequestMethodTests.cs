using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>Every address answers exactly the methods it serves: HEAD like GET without a body, anything else 405 with Allow.</summary>
[Collection(RealSite.Name)]
public class RequestMethodTests(PortalFactory factory)
{
    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    [InlineData("BREW")]
    [InlineData("OPTIONS")]
    public async Task AnotherMethodOnAPageAnswers405WithAllow(string method)
    {
        foreach (var page in new[] { "/paper/commitments/4", "/paper", "/commentaries/lei-kezhong", "/", "/coverage", "/search?q=peace" })
        {
            var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), page) { Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("x=1") : null });
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {page}: {(int)response.StatusCode}");
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        }
    }

    [Fact]
    public async Task APostToAnEmbedIsTheSites405PageWithTheReasonNotALineOfText()
    {
        var response = await factory.CreateClient().PostAsync("/embed/paper/commitments/4", new StringContent("x=1"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This address does not take that kind of request", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("The site answered 405: /embed/paper/commitments/4 is a page: it answers GET, HEAD, not POST.", page.QuerySelector("main .not-found-reason")?.TextContent);
    }

    [Theory]
    [InlineData("/", "The site answered 405: / is a page: it answers GET, HEAD, not OPTIONS.")]
    [InlineData("/ref/II.4", "The site answered 405: /ref/II.4 answers GET, HEAD, not that method.")]
    public async Task OptionsIsRefusedWithTheReasonLikeAnyOtherMethod(string address, string reason)
    {
        // Razor Pages' own answer to OPTIONS, an empty 200, came through the site's status page (review 19's leftovers).
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, address));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This address does not take that kind of request", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(reason, page.QuerySelector("main .not-found-reason")?.TextContent);
    }

    [Fact]
    public async Task OptionsOnAnAddressThatNamesNothingAnswersAsPutDoes()
    {
        var put = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/nothing"));
        var options = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, "/nothing"));
        Assert.NotEqual(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal(put.StatusCode, options.StatusCode);
        Assert.Equal(put.Content.Headers.Allow.Order(), options.Content.Headers.Allow.Order());
        Assert.Equal("text/html", options.Content.Headers.ContentType?.MediaType);
        Assert.Equal("This address does not take that kind of request", (await Html.Parse(await options.Content.ReadAsStringAsync())).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task APageAskedByAProgramForJsonRefusesAMethodWithAProblemDocument()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/embed/paper/commitments/4") { Content = new StringContent("x=1") };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/embed/paper/commitments/4 answers GET, HEAD.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task APageWithAFormTakesItsMethod()
    {
        var response = await factory.CreateClient().PostAsync("/quote-check", new FormUrlEncodedContent([new("text", "Security of one country should not come at the expense of others.")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/paper/commitments/4")]
    [InlineData("/api/paper")]
    [InlineData("/api/search?q=peace")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4")]
    [InlineData("/cite/paper/commitments/4")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/opensearch.xml")]
    [InlineData("/healthz")]
    public async Task HeadAnswersLikeGetWithoutABody(string address)
    {
        var get = await factory.CreateClient().GetAsync(address);
        var head = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, address));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadFollowsReferenceRedirectsLikeGet()
    {
        var client = factory.CreateNonRedirectingClient();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ref/II.4"));
        Assert.Equal((await client.GetAsync("/ref/II.4")).Headers.Location, head.Headers.Location);
        Assert.True((int)head.StatusCode is >= 301 and <= 308);
    }
}

/// <summary>Errors under /api/ are problem documents with a title and a detail, never a 500 or the reader's HTML page.</summary>
[Collection(RealSite.Name)]
public class ApiProblemTests(PortalFactory factory, KestrelSite kestrel) : IClassFixture<KestrelSite>
{
    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    [Theory]
    [InlineData("{\"text\":")]
    [InlineData("{\"text\": 12]")]
    [InlineData("not json at all")]
    public async Task MalformedJsonIs400(string body) =>
        await Problem(await factory.CreateClient().PostAsync("/api/quote-check", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [Fact]
    public async Task AnUnknownApiAddressIs404() =>
        Assert.Contains("/api/nothing-here", (await Problem(await factory.CreateClient().GetAsync("/api/nothing-here"), HttpStatusCode.NotFound)).GetProperty("detail").GetString());

    [Fact]
    public async Task AMethodTheRouteDoesNotTakeIs405WithAllow()
    {
        var response = await factory.CreateClient().DeleteAsync("/api/paper");
        await Problem(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    /// <summary>
    /// oEmbed, citations and downloads are answered to programs (WordPress, reference managers, scripts), as the API is:
    /// a method they do not take is a problem document with Allow, as under /api/ — not the reader's HTML page.
    /// </summary>
    [Theory]
    [InlineData("POST", "/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4")]
    [InlineData("PUT", "/oembed")]
    [InlineData("POST", "/cite/paper/commitments/4?format=bibtex")]
    [InlineData("DELETE", "/download/paper.txt")]
    public async Task AMethodAProgramsEndpointDoesNotTakeIs405WithAllowAsAProblem(string method, string address)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), address) { Content = method == "DELETE" ? null : new StringContent("x=1") });
        var problem = await Problem(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Equal("Method not allowed", problem.GetProperty("title").GetString());
        Assert.Contains("GET, HEAD", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAddressUnderOEmbedThatNamesNothingIsAProblemToo() =>
        await Problem(await factory.CreateClient().GetAsync("/oembed/nothing-here"), HttpStatusCode.NotFound);

    [Fact]
    public async Task ABodyOfTheWrongTypeIs415() =>
        await Problem(await factory.CreateClient().PostAsync("/api/quote-check", new StringContent("text", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task ABodyTooLargeIs413OverARealSocket()
    {
        // Kestrel enforces the body limit; the in-memory test server does not.
        var huge = "{\"text\": \"" + new string('a', 2_000_000) + "\"}";
        var problem = await Problem(await kestrel.Factory.CreateClient().PostAsync("/api/quote-check", new StringContent(huge, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Request too large", problem.GetProperty("title").GetString());
    }
}
