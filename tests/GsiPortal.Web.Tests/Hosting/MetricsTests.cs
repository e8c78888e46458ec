using System.Net;
using System.Net.Sockets;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>Operators read metrics in Prometheus' format on a listener of their own; the public site has none.</summary>
public class MetricsTests
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task RequestsSearchesAndReloadsAreCountedOnTheMetricsPort()
    {
        var port = FreePort();
        using var factory = new PortalFactory { Settings = { ["Portal:MetricsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        var client = factory.CreateClient();
        await client.GetStringAsync("/paper/commitments/4");
        await client.GetStringAsync("/paper/commitments/4");
        await client.GetStringAsync("/api/search?q=peace");
        await client.GetAsync("/no-such-page");

        // A request is counted after its answer is sent, so the last one (the 404) may not be yet: the scrape is asked
        // again until every count is there — they all come; the bound is only against a hang, never a race with the load.
        string[] expected =
        [
            @"gsiportal_requests_total\{[^}]*cache=""hit""[^}]*status_class=""2xx""[^}]*\} [1-9]",
            @"gsiportal_requests_total\{[^}]*status_class=""4xx""[^}]*\} [1-9]",
            @"gsiportal_searches_total(\{[^}]*\})? [1-9]",
            @"gsiportal_content_reloads_total\{[^}]*outcome=""loaded""[^}]*\} 1",
            "http_server_request_duration_seconds",
        ];
        using var scraper = new HttpClient();
        var text = "";
        var giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (!expected.All(e => System.Text.RegularExpressions.Regex.IsMatch(text, e)) && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(100);
            text = await scraper.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        }
        foreach (var e in expected) Assert.Matches(e, text);
    }

    [Fact]
    public async Task ThePublicSiteServesNoMetrics()
    {
        using var factory = new PortalFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }
}
