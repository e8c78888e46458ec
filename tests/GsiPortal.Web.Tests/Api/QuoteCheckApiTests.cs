using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>POST /api/quote-check.</summary>
[Collection(RealSite.Name)]
public class QuoteCheckApiTests(PortalFactory factory)
{
    [Fact]
    public async Task TheQuoteCheckApiAnswersExactCloseAndRefusals()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> Post(string json) => await client.PostAsync("/api/quote-check", new StringContent(json, Encoding.UTF8, "application/json"));
        var exact = JsonDocument.Parse(await (await Post("{\"text\": \"Humanity is an indivisible security community.\"}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("exact", exact.GetProperty("verdict").GetString());
        Assert.Contains(exact.GetProperty("matches").EnumerateArray(), m => m.GetProperty("url").GetString() == "/paper/commitments/4");
        var close = JsonDocument.Parse(await (await Post("{\"text\": \"Humanity is an indivisible peace community.\"}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("close", close.GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"" + new string('a', 4000) + "\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("not json")).StatusCode);
    }
}
