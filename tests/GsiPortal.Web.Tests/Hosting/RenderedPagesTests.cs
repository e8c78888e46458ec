using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// A page asked for again by its bare address is written from memory (RenderedPages): it must be exactly what the
/// full pipeline sent — bytes, headers, ETag — for the same host and encoding, and answer HEAD and If-None-Match alike.
/// </summary>
[Collection(RealSite.Name)]
public class RenderedPagesTests(PortalFactory factory)
{
    private static HttpRequestMessage Get(string address, string? encoding = null, string? host = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, address);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (host is not null) request.Headers.Host = host;
        return request;
    }

    /// <summary>Every header but those that belong to one answer (Date, Age).</summary>
    private static string[] HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Age"))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Theory]
    [InlineData("/paper/commitments/4", null)]
    [InlineData("/paper/commitments/4", "br")]
    [InlineData("/paper", "gzip")]
    [InlineData("/commentaries/lei-kezhong", null)]
    public async Task TheSecondAnswerIsTheFirstByteForByte(string address, string? encoding)
    {
        var client = factory.CreateClient();
        var first = await client.SendAsync(Get(address, encoding));
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        for (var i = 0; i < 3; i++)
        {
            var again = await client.SendAsync(Get(address, encoding));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(HeadersOf(first), HeadersOf(again));
            Assert.Equal(firstBytes, await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(firstBytes.Length, again.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task EachHostIsSentThePageThatNamesIt()
    {
        // Without a public origin configured, a page names the host it was asked for; a page kept for one host
        // must never be sent to another.
        var client = factory.CreateClient();
        foreach (var host in new[] { "one.example", "two.example", "one.example", "two.example" })
        {
            var page = await Html.Parse(await (await client.SendAsync(Get("/paper/commitments/2", host: host))).Content.ReadAsStringAsync());
            Assert.StartsWith($"http://{host}/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task HeadIsAnsweredWithTheHeadersAndNoBody()
    {
        var client = factory.CreateClient();
        var get = await client.SendAsync(Get("/paper/priorities/8"));
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;
        var head = await client.SendAsync(Get("/paper/priorities/8", method: HttpMethod.Head));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AKnownETagIsAnswered304AndAnotherIsSentThePage()
    {
        var client = factory.CreateClient();
        var etag = (await client.SendAsync(Get("/paper/platforms/2"))).Headers.ETag!;
        var unchanged = Get("/paper/platforms/2");
        unchanged.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(unchanged);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var stale = Get("/paper/platforms/2");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef\""));
        var sent = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.NotEmpty(await sent.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheRateLimitedAddressesAreNotServedFromMemory()
    {
        // /api/paper is bare and cacheable, but limited: its answers must keep passing the limiter.
        // A stopped clock: the five requests in one window (see RateLimitTests).
        var limited = new PortalFactory { Settings = { ["RateLimiting:PermitLimit"] = "3" }, Clock = new StoppedClock(StoppedClock.MidWindow) };
        await using var _ = limited;
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync("/api/paper")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // Pages are not limited, from memory or not.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/paper/commitments/1")).StatusCode);
    }
}

/// <summary>A page's Cite section says the date its downloads record as accessed: what is kept of it is kept for its day (UTC) only.</summary>
public class RenderedPagesDayTests
{
    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task ThePageOfANewDayCitesThatDay()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero));
        await using var factory = new PortalFactory();
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        var client = timed.CreateClient();
        foreach (var address in new[] { "/paper/commitments/3", "/paper/commitments/3?utm_source=x" })
        {
            // Twice on the first day: the second from what was kept.
            for (var i = 0; i < 2; i++) Assert.Contains(TookThem("2026-11-30"), await client.GetStringAsync(address));
        }
        clock.Now = clock.Now.AddMinutes(2);
        foreach (var address in new[] { "/paper/commitments/3", "/paper/commitments/3?utm_source=x" })
        {
            var page = await client.GetStringAsync(address);
            // The sentence, not the date alone: the edition itself may be dated November 30.
            Assert.Contains(TookThem("2026-12-01"), page);
            Assert.DoesNotContain(TookThem("2026-11-30"), page);
        }
    }

    private static string TookThem(string isoDate) => $"(accessed <time datetime=\"{isoDate}\">";
}
