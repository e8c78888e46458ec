using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

[Collection(RealSite.Name)]
public class HealthTests(PortalFactory factory)
{
    [Fact]
    public async Task LivenessAnswersHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadinessReportsTheContentVersionAndCounts()
    {
        // The first edition is built while the server starts: readiness says 503 until it is in service.
        var client = factory.CreateClient();
        var response = await client.GetAsync("/readyz");
        for (var wait = 0; response.StatusCode == HttpStatusCode.ServiceUnavailable && wait < 100; wait++)
        {
            await Task.Delay(100);
            response = await client.GetAsync("/readyz");
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        var content = json.GetProperty("content");
        Assert.Matches("^[0-9a-f]{12}$", content.GetProperty("contentVersion").GetString());
        Assert.Equal(5, content.GetProperty("documents").GetInt32());
        Assert.Equal(106, content.GetProperty("indexedUnits").GetInt32());
    }
}
