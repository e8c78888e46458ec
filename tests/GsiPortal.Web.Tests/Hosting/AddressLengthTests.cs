using System.Net;
using System.Text.Json;
using GsiPortal.Web.Requests;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// An address longer than the site reads is answered 414 with the reason — in the site's own page, or as a problem
/// document under /api/ — over a real Kestrel socket, where Kestrel's own request-line limit used to answer first
/// with an empty 414.
/// </summary>
public class AddressLengthTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly string LongQuery = new('a', 9_000);

    private HttpClient Client() => new() { BaseAddress = site.Address };

    [Fact]
    public async Task ASearchLongerThanTheSiteReadsGetsTheSitesPageWithTheReason()
    {
        using var client = Client();
        var (response, document) = await Html.Get(client, "/search?q=" + LongQuery);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("The address is too long", document.QuerySelector("main h1")?.TextContent);
        var reason = document.QuerySelector("main .not-found-reason")?.TextContent ?? "";
        Assert.Contains("9,010 characters", reason);
        Assert.Contains($"at most {AddressLength.MaxTargetLength:N0}", reason);
        // The page offers the search box again, to try a shorter query.
        Assert.NotNull(document.QuerySelector("main form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task AnApiAddressLongerThanTheSiteReadsGetsAProblemDocument()
    {
        using var client = Client();
        var response = await client.GetAsync("/api/search?q=" + LongQuery);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(414, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains($"at most {AddressLength.MaxTargetLength:N0}", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ALongPathIsRefusedTheSameWay()
    {
        using var client = Client();
        var (response, document) = await Html.Get(client, "/paper/" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("10,007 characters", document.QuerySelector("main .not-found-reason")?.TextContent);
    }

    [Fact]
    public async Task AnAddressWithinTheLimitIsServedAsBefore()
    {
        using var client = Client();
        // 8,192 characters exactly: the search answers for itself (its query limit), not the address limit.
        var response = await client.GetAsync("/api/search?q=" + new string('a', AddressLength.MaxTargetLength - "/api/search?q=".Length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("searches are limited to", await response.Content.ReadAsStringAsync());
    }
}
