using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Terms;

/// <summary>A key term's concordance.</summary>
[Collection(RealSite.Name)]
public class TermPageTests(PortalFactory factory)
{
    [Fact]
    public async Task ATermPageGivesEveryOccurrenceInContext()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/terms/indivisible-security");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/terms/indivisible-security")).RootElement;
        Assert.Equal(api.GetProperty("count").GetInt32(), page.QuerySelectorAll("ol.kwic li").Length);
        Assert.All(page.QuerySelectorAll("ol.kwic mark"), m => Assert.Equal("indivisible security", m.TextContent.ToLowerInvariant()));
        Assert.Contains(page.QuerySelectorAll("ol.kwic a"), a => a.GetAttribute("href")!.StartsWith("/paper/commitments/4?highlight="));
        var (_, list) = await Html.Get(client, "/terms");
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/terms/cold-war-mentality");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/terms/no-such-term")).StatusCode);
    }
}
