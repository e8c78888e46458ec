using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

public class HealthTests(PortalFactory factory) : IClassFixture<PortalFactory>
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
        var response = await factory.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        var content = json.GetProperty("content");
        Assert.Matches("^[0-9a-f]{12}$", content.GetProperty("contentVersion").GetString());
        Assert.Equal(5, content.GetProperty("documents").GetInt32());
        Assert.Equal(106, content.GetProperty("indexedUnits").GetInt32());
    }
}
