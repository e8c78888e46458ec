using System.Net;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Cross-origin access as the Fetch standard's CORS protocol has it: read-only data answers any origin's GET with
/// <c>Access-Control-Allow-Origin: *</c> and never allows credentials; the quote check answers a preflight for a
/// JSON POST; pages and anything else are not opened.
/// </summary>
[Collection(RealSite.Name)]
public class CorsTests(PortalFactory factory)
{
    private const string OtherSite = "https://other.example";

    private async Task<HttpResponseMessage> Get(string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("Origin", OtherSite);
        return await factory.CreateClient().SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    [Theory]
    [InlineData("/api/paper/commitments/4")]
    [InlineData("/api/commentaries")]
    [InlineData("/api/search?q=security")]
    [InlineData("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2")]
    [InlineData("/api/coverage")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4&format=json")]
    [InlineData("/cite/paper/commitments/4?format=csl-json")]
    [InlineData("/download/paper.txt")]
    [InlineData("/changes.atom")]
    public async Task ReadOnlyDataAnswersAnyOriginWithoutCredentials(string address)
    {
        var response = await Get(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers") ?? "");
    }

    [Fact]
    public async Task ANotFoundAnswerIsReadableToo()
    {
        var response = await Get("/api/commentaries/nobody");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/paper/commitments/4")]
    [InlineData("/")]
    [InlineData("/quote-check")]
    public async Task PagesAreNotOpened(string address)
    {
        var response = await Get(address);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> Preflight(string address, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, address);
        request.Headers.Add("Origin", OtherSite);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers.Length > 0) request.Headers.Add("Access-Control-Request-Headers", headers);
        return await factory.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/quote-check")]
    [InlineData("/api/quote-audit")]
    public async Task TheQuoteCheckAnswersAPreflightForAJsonPost(string address)
    {
        var response = await Preflight(address, "POST", "content-type");
        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods")!.Split(',', StringSplitOptions.TrimEntries));
        Assert.Contains("content-type", Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("86400", Header(response, "Access-Control-Max-Age"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("/api/quote-check", "DELETE", "")]
    [InlineData("/api/quote-check", "POST", "authorization")]
    [InlineData("/api/paper", "PUT", "")]
    public async Task APreflightForAnythingElseIsNotAllowed(string address, string method, string headers)
    {
        var response = await Preflight(address, method, headers);
        var methods = Header(response, "Access-Control-Allow-Methods") ?? "";
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers") ?? "";
        Assert.False(methods.Contains(method, StringComparison.Ordinal) && (headers.Length == 0 || allowedHeaders.Contains(headers, StringComparison.OrdinalIgnoreCase)),
            $"{method} {address} with '{headers}' was allowed: methods '{methods}', headers '{allowedHeaders}'");
    }

    [Fact]
    public async Task TheQuoteCheckItselfAnswersAnyOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/quote-check")
        {
            Content = new StringContent("{\"text\": \"Humanity is an indivisible security community.\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", OtherSite);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }
}
