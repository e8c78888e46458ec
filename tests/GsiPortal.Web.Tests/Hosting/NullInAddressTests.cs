using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// An encoded null in the address (<c>/%00</c>) is refused by Kestrel before the site's code runs; it answered an empty
/// 400. Now the refusal says why — a page for a reader, a problem document for a program — over a real Kestrel socket,
/// with raw request lines, since no HTTP client sends %00 as it is written.
/// </summary>
public class NullInAddressTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task AReaderIsToldWhyOnTheSitesPage()
    {
        var (status, headers, body) = await Send("GET /%00 HTTP/1.1", "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(400, status);
        Assert.StartsWith("text/html", headers["content-type"]);
        var page = await Html.Parse(body);
        Assert.Equal("The request could not be read", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("%00, an encoded null character", page.QuerySelector("main .not-found-reason")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
    }

    [Theory]
    [InlineData("GET /api/search%00 HTTP/1.1", "Accept: */*")]
    [InlineData("GET /oembed/%00 HTTP/1.1", "Accept: */*")]
    [InlineData("GET /paper/%00 HTTP/1.1", "Accept: application/json")]
    public async Task AProgramGetsAProblemDocument(string requestLine, string accept)
    {
        var (status, headers, body) = await Send(requestLine, accept);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", headers["content-type"]);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("%00", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OtherRefusalsOfKestrelAndANullInTheQueryAreLeftAsTheyWere()
    {
        // A header Kestrel cannot read: its own empty 400, untouched.
        var (status, headers, body) = await Send("GET /paper HTTP/1.1", "Bad Header Name: x");
        Assert.Equal(400, status);
        Assert.False(headers.ContainsKey("content-type"));
        Assert.Empty(body);
        // A null in the query reaches the site, which answers for itself.
        var (searched, searchHeaders, _) = await Send("GET /search?q=%00 HTTP/1.1", "Accept: text/html");
        Assert.NotEqual(0, searched);
        Assert.True(searchHeaders.ContainsKey("permissions-policy"), "the site's own answer, with its security headers");
    }

    private async Task<(int Status, Dictionary<string, string> Headers, string Body)> Send(string requestLine, string header)
    {
        var (status, head, body) = await RawExchange.Send(site.Address, $"{requestLine}\r\nHost: {site.Address.Authority}\r\n{header}\r\nConnection: close\r\n\r\n");
        var headers = head.Split("\r\n").Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2)
            .GroupBy(h => h[0].Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        return (status, headers, body);
    }
}
