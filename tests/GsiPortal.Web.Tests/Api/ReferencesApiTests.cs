using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>POST and GET /api/references: every reference in a text, with spans, places, addresses and titles.</summary>
[Collection(RealSite.Name)]
public class ReferencesApiTests(PortalFactory factory)
{
    private async Task<HttpResponseMessage> Post(string json, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/references") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task EveryReferenceInATextComesWithItsSpanPlaceAddressAndTitle()
    {
        const string text = "As Khokhar ¶4 notes, commitment 4 of the GSI concept paper and priorities 3–5 matter; GSI II.9 names nothing and 2.4 billion is a number.";
        var response = await Post(JsonSerializer.Serialize(new { text }), origin: "https://news.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var answer = await Json(response);
        var references = answer.GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(["Khokhar ¶4", "commitment 4 of the GSI concept paper", "priorities 3–5"], references.Select(r => r.GetProperty("text").GetString()));
        foreach (var r in references)
            Assert.Equal(r.GetProperty("text").GetString(), text.Substring(r.GetProperty("start").GetInt32(), r.GetProperty("length").GetInt32()));
        var khokhar = references[0];
        Assert.Equal("/commentaries/ovais-ali-khokhar#p4", khokhar.GetProperty("address").GetString());
        Assert.Equal("Ovais Ali Khokhar (2023), ¶4", khokhar.GetProperty("title").GetString());
        Assert.Equal("ovais-ali-khokhar", khokhar.GetProperty("locator").GetProperty("document").GetString());
        Assert.Equal("4", khokhar.GetProperty("locator").GetProperty("paragraph").GetString());
        Assert.Equal(3, references[2].GetProperty("passages").GetArrayLength());
        var unresolved = Assert.Single(answer.GetProperty("unresolved").EnumerateArray());
        Assert.Equal("the paper has six commitments; 'GSI II.9' names none", unresolved.GetProperty("reason").GetString());
        Assert.True(answer.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task AShortTextMayBeSentInTheAddress()
    {
        var response = await factory.CreateClient().GetAsync("/api/references?text=" + Uri.EscapeDataString("see paragraph 4 of Khokhar"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var reference = Assert.Single((await Json(response)).GetProperty("references").EnumerateArray());
        Assert.Equal("/commentaries/ovais-ali-khokhar#p4", reference.GetProperty("address").GetString());
    }

    [Fact]
    public async Task ABrowserOnAnotherSiteMayAskFirst()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/references");
        preflight.Headers.Add("Origin", "https://news.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await factory.CreateClient().SendAsync(preflight);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task NothingTooMuchOrNotJsonIsRefusedWithAReason()
    {
        var empty = await Post("{\"text\": \"  \"}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Send a text", (await Json(empty)).GetProperty("detail").GetString());
        var tooLong = await Post(JsonSerializer.Serialize(new { text = new string('a', 50_001) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        Assert.Contains("at most 50,000 characters", (await Json(tooLong)).GetProperty("detail").GetString());
        var longQuery = await factory.CreateClient().GetAsync("/api/references?text=" + new string('a', 2001));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, longQuery.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("not json")).StatusCode);
    }

    [Theory]
    [InlineData("II.4-II.5", "/paper/commitments/4", "/paper/commitments/4 /paper/commitments/5")]
    [InlineData("III.3-5", "/paper/priorities/3", "/paper/priorities/3 /paper/priorities/4 /paper/priorities/5")]
    [InlineData("II.4:s2", "/paper/commitments/4#s2", null)]
    [InlineData("Khokhar ¶4", "/commentaries/ovais-ali-khokhar#p4", null)]
    public async Task PassagesAreNamedByEveryReferenceForm(string reference, string address, string? range)
    {
        var answer = await Json(await factory.CreateClient().GetAsync("/api/passages?reference=" + Uri.EscapeDataString(reference)));
        Assert.Equal(address, answer.GetProperty("address").GetString());
        Assert.Equal(range, answer.GetProperty("range") is { ValueKind: JsonValueKind.Array } r ? string.Join(' ', r.EnumerateArray().Select(a => a.GetString())) : null);
    }

    [Fact]
    public async Task APassageReferenceToNothingSaysWhy()
    {
        var response = await factory.CreateClient().GetAsync("/api/passages?reference=commitment%209");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The paper has six commitments; 'commitment 9' names none.", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAddressThatIsNotTheSitesIsCalledSoNotMissing()
    {
        // A fresh-eyes reviewer gave ?address=bogus and was told "Missing address".
        var given = await Problem.BadRequest(factory.CreateClient(), "/api/passages?address=bogus");
        Assert.Equal("Not a site address", given.GetProperty("title").GetString());
        Assert.Contains("'bogus' is not an address on this site", given.GetProperty("detail").GetString());
        var none = await Problem.BadRequest(factory.CreateClient(), "/api/passages");
        Assert.Equal("Missing address", none.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnAddressAndAReferenceGivenTogetherMustNameTheSamePassage()
    {
        // The API reference's own example gives both; the reference once won silently and the sentences were lost.
        var same = await factory.CreateClient().GetAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2-s3&reference=II.4%3As2-s3");
        Assert.Equal("/paper/commitments/4#s2-s3", (await Json(same)).GetProperty("address").GetString());
        var different = await factory.CreateClient().GetAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2-s3&reference=II.4");
        Assert.Equal(HttpStatusCode.BadRequest, different.StatusCode);
        Assert.Contains("give one of them", (await Json(different)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheLinkerScriptIsServedAsUtf8JavaScriptAndAsksTheEndpoint()
    {
        var response = await factory.CreateClient().GetAsync("/js/linker.js");
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("/api/references", await response.Content.ReadAsStringAsync());
    }
}
