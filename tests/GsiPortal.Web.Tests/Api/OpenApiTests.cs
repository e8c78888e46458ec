using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The OpenAPI description matches the real endpoints.</summary>
[Collection(RealSite.Name)]
public class OpenApiTests(PortalFactory factory)
{
    [Fact]
    public async Task TheOpenApiDescriptionListsTheApiAndEveryListedReadAnswers()
    {
        var client = factory.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/search", "/api/suggest", "/api/paper", "/api/paper/{part}/{number}", "/api/commentaries", "/api/commentaries/{id}", "/api/quote-check", "/api/quote-audit", "/oembed", "/api/passages", "/api/references" })
            Assert.Contains(expected, paths);
        var examples = new Dictionary<string, string> { ["{part}"] = "commitments", ["{number}"] = "4", ["{id}"] = "lei-kezhong", ["{reference}"] = "II.4", ["{**path}"] = "paper/commitments/4", ["{file}"] = "paper.md", ["{slug}"] = "indivisible-security" };
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name))
        {
            var address = examples.Aggregate(path, (a, e) => a.Replace(e.Key, e.Value)).Replace("{path}", "paper/commitments/4");
            if (address.StartsWith("/oembed")) address += "?format=json&url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4";
            if (address == "/api/search" || address == "/api/suggest") address += "?q=peace";
            if (address == "/api/passages") address += "?address=%2Fpaper%2Fcommitments%2F4%23s2-s3";
            if (address == "/api/references") address += "?text=commitment+4";
            var response = await factory.CreateNonRedirectingClient().GetAsync(address);
            Assert.True((int)response.StatusCode is 200 or 308, $"{path} (as {address}) answered {response.StatusCode}");
        }
    }
}
