using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// The API's refusals name what went wrong and where to look, and every problem document carries the same members
/// (a fresh-eyes review, December 2026: an over-long passage titled "Nothing to check", an audit body without
/// <c>article</c> not naming it, a missing term pointing to /api/paper, an item beyond its part saying only "names
/// nothing", and the 405 and "Malformed request" documents without <c>type</c> and <c>traceId</c>).
/// </summary>
[Collection(RealSite.Name)]
public class RefusalWordingTests(PortalFactory factory)
{
    private Task<HttpResponseMessage> PostJson(string address, string json) =>
        factory.CreateClient().PostAsync(address, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task AnOverLongPassageIsTitledTooLongAndAShortOneTooFewWords()
    {
        var tooLong = await Problem.Read(await PostJson("/api/quote-check", JsonSerializer.Serialize(new { text = string.Join(' ', Enumerable.Repeat("security", 2000)) })), HttpStatusCode.BadRequest);
        Assert.Equal("Passage too long", tooLong.GetProperty("title").GetString());
        Assert.Contains("the check takes at most 3000", tooLong.Detail());
        var short_ = await Problem.Read(await PostJson("/api/quote-check", "{\"text\": \"indivisible security\"}"), HttpStatusCode.BadRequest);
        Assert.Equal("Too few words", short_.GetProperty("title").GetString());
        var empty = await Problem.Read(await PostJson("/api/quote-check", "{\"text\": \"\"}"), HttpStatusCode.BadRequest);
        Assert.Equal("Nothing to check", empty.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnAuditBodyWithoutArticleNamesTheField()
    {
        var problem = await Problem.Read(await PostJson("/api/quote-audit", "{\"text\": \"Humanity is an indivisible security community.\"}"), HttpStatusCode.BadRequest);
        Assert.Contains("no \"article\"", problem.Detail());
        // An article given but blank is still asked for as before.
        Assert.Equal("Paste the article to audit.", (await Problem.Read(await PostJson("/api/quote-audit", "{\"article\": \"  \"}"), HttpStatusCode.BadRequest)).Detail());
    }

    [Fact]
    public async Task AMissingTermPointsToTheListOfTerms()
    {
        var problem = await Problem.Of(factory.CreateClient(), "/api/terms/nonexistent", HttpStatusCode.NotFound);
        Assert.Equal("/api/terms/nonexistent names nothing. See /api/terms for the key terms.", problem.Detail());
    }

    [Fact]
    public async Task AnItemBeyondItsPartSaysHowManyThePartHasAsThePageDoes()
    {
        var problem = await Problem.Of(factory.CreateClient(), "/api/paper/commitments/99", HttpStatusCode.NotFound);
        Assert.Contains("Part II has 6 commitments: there is no commitment 99. The last is /api/paper/commitments/6; the whole part is /api/paper/commitments.", problem.Detail());
        // The address it names answers.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/paper/commitments/6")).StatusCode);
        // A part that does not exist keeps the general hint.
        Assert.Contains("See /api/paper", (await Problem.Of(factory.CreateClient(), "/api/paper/nothing/3", HttpStatusCode.NotFound)).Detail());
    }

    [Theory]
    [InlineData("DELETE", "/api/paper", null, 405)]
    [InlineData("POST", "/api/quote-check", "{\"text\":", 400)]
    [InlineData("POST", "/api/quote-check", "{\"text\": \"x\"}", 400)]
    [InlineData("GET", "/api/terms/nonexistent", null, 404)]
    public async Task EveryProblemDocumentCarriesTypeAndTraceId(string method, string address, string? body, int status)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), address) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
        var problem = await Problem.Read(await factory.CreateClient().SendAsync(request), (HttpStatusCode)status);
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110#section-15.", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
    }
}
