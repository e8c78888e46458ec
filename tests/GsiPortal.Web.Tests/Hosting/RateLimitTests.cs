using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <remarks>
/// Windows are aligned on the clock, so on the system's clock a test's requests could straddle the end of a window and
/// the last be let through by the next one (a request under load can take seconds): every host here has a stopped
/// clock, half-way through a window.
/// </remarks>
public sealed class RateLimitTests : IDisposable
{
    private readonly PortalFactory factory = new()
    {
        Settings = { ["RateLimiting:PermitLimit"] = "3", ["RateLimiting:WindowSeconds"] = "60" },
        Clock = new StoppedClock(StoppedClock.MidWindow),
    };

    private async Task<HttpResponseMessage> Get(string address, string client, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("X-Test-Client", client);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task TheFourthSearchInAWindowIsRefusedWith429RetryAfterAndProblemJson()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await Get($"/api/search?q=war{i}", "198.51.100.1")).StatusCode);
        var refused = await Get("/api/search?q=war9", "198.51.100.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(429, JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(37, 23)]
    [InlineData(0, 60)]
    [InlineData(59.5, 1)]
    public async Task RetryAfterTellsTheTimeLeftInTheWindow(double secondsIntoWindow, int expected)
    {
        var windowStart = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var clock = new StoppedClock(windowStart.AddSeconds(secondsIntoWindow));
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q=war{i}");
            request.Headers.Add("X-Test-Client", "198.51.100.9");
            last = await timed.CreateClient().SendAsync(request);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(expected), last.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task EachClientAddressHasItsOwnBudgetAndReadingIsNotLimited()
    {
        for (var i = 0; i < 4; i++) await Get($"/search?q=peace{i}", "198.51.100.2");
        Assert.Equal(HttpStatusCode.OK, (await Get("/search?q=peace", "198.51.100.3")).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Get("/paper/commitments/4", "198.51.100.2")).StatusCode);
    }

    [Fact]
    public async Task AForwardedHeaderFromAnUnknownProxyIsNotBelieved()
    {
        // Each request claims another client, but comes from the same unconfigured proxy: one budget.
        for (var i = 0; i < 3; i++) await Get($"/api/suggest?q=nu{i}", "203.0.113.9", $"10.0.0.{i + 1}");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get("/api/suggest?q=nuc", "203.0.113.9", "10.0.0.99")).StatusCode);
    }

    [Fact]
    public async Task TheMcpEndpointSharesTheApisBudget()
    {
        for (var i = 0; i < 3; i++) await Get($"/api/suggest?q=se{i}", "198.51.100.7");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mcp")
        {
            Content = new StringContent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test-Client", "198.51.100.7");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}

public sealed class RateLimitFromKnownProxyTests : IDisposable
{
    private readonly PortalFactory factory = new()
    {
        Settings = { ["RateLimiting:PermitLimit"] = "2", ["RateLimiting:KnownProxies:0"] = "203.0.113.10" },
        Clock = new StoppedClock(StoppedClock.MidWindow), // within one window, as in RateLimitTests
    };

    [Fact]
    public async Task AKnownProxysForwardedClientsEachHaveTheirOwnBudget()
    {
        async Task<HttpStatusCode> Get(string forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/suggest?q=nuclear");
            request.Headers.Add("X-Test-Client", "203.0.113.10");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return (await factory.CreateClient().SendAsync(request)).StatusCode;
        }
        for (var i = 0; i < 3; i++) await Get("192.0.2.50");
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get("192.0.2.50"));
        Assert.Equal(HttpStatusCode.OK, await Get("192.0.2.51"));
    }

    public void Dispose() => factory.Dispose();
}

public sealed class RateLimitSwitchedOffTests : IDisposable
{
    private readonly PortalFactory factory = new() { Settings = { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:Enabled"] = "false" } };

    [Fact]
    public async Task EnabledFalseTurnsTheLimitsOff()
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/search?q=peace{i}")).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
