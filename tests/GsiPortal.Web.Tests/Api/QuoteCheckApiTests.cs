using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>POST /api/quote-check.</summary>
[Collection(RealSite.Name)]
public class QuoteCheckApiTests(PortalFactory factory)
{
    private async Task<HttpResponseMessage> Post(string json) =>
        await factory.CreateClient().PostAsync("/api/quote-check", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> Answer(string text) =>
        JsonDocument.Parse(await (await Post(JsonSerializer.Serialize(new { text }))).Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task WordForWordOnlyInACommentaryTheAnswerCarriesThePaperClosestPassage()
    {
        var onlyChen = await Answer("We uphold the principle of indivisible security, advocating the indivisibility between individual security and common security, between security rights and security obligations.");
        Assert.Equal("exact", onlyChen.GetProperty("verdict").GetString());
        var paper = onlyChen.GetProperty("paperClosest");
        Assert.Equal("/paper/commitments/4#s7", paper.GetProperty("url").GetString());
        Assert.Equal("omitted", paper.GetProperty("changes")[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, (await Answer("Humanity is an indivisible security community.")).GetProperty("paperClosest").ValueKind);
    }

    [Fact]
    public async Task TheQuoteCheckApiAnswersExactCloseAndRefusals()
    {
        var exact = await Answer("Humanity is an indivisible security community.");
        Assert.Equal("exact", exact.GetProperty("verdict").GetString());
        Assert.Contains(exact.GetProperty("matches").EnumerateArray(), m => m.GetProperty("url").GetString() == "/paper/commitments/4#s2");
        Assert.Equal("/quote-check?text=Humanity%20is%20an%20indivisible%20security%20community.#verdict", exact.GetProperty("share").GetString());
        var close = await Answer("Humanity is an indivisible peace community.");
        Assert.Equal("close", close.GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"" + new string('a', 4000) + "\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("not json")).StatusCode);
    }

    [Fact]
    public async Task TheAnswerCarriesTheSourceWordsTheChangesWhereTheyAreAndTheMeaningChanges()
    {
        var match = (await Answer("The Cold War mentality, unilateralism, bloc confrontation and hegemonism contradict the spirit of the UN Charter and must not be rejected."))
            .GetProperty("matches")[0];
        Assert.Equal("/paper/commitments/3#s6", match.GetProperty("url").GetString());
        Assert.Equal("/paper/commitments/3", match.GetProperty("paragraphUrl").GetString());
        Assert.EndsWith("must be resisted and rejected.", match.GetProperty("text").GetString());
        Assert.Equal([("added", "not", "", 18), ("omitted", "", "resisted and", 20)], match.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("quoted").GetString(), c.GetProperty("source").GetString(), c.GetProperty("position").GetInt32())));
        var meaning = Assert.Single(match.GetProperty("meaningChanges").EnumerateArray());
        Assert.Equal("negation", meaning.GetProperty("kind").GetString());
    }
}
