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

        using var scraper = new HttpClient();
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("gsiportal_searches", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            text = await scraper.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        }
        Assert.Matches(@"gsiportal_requests_total\{[^}]*cache=""hit""[^}]*status_class=""2xx""[^}]*\} [1-9]", text);
        Assert.Matches(@"gsiportal_requests_total\{[^}]*status_class=""4xx""[^}]*\} [1-9]", text);
        Assert.Matches(@"gsiportal_searches_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"gsiportal_content_reloads_total\{[^}]*outcome=""loaded""[^}]*\} 1", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task ThePublicSiteServesNoMetrics()
    {
        using var factory = new PortalFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }
}
