using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A program's search that names no words is refused with the reason (before: 200 and nothing found, which reads as a
/// search that found nothing); the description says q is required. The page shows its empty form instead, for a query
/// that is blank; one of invisible characters only is answered 400 with the reason (SearchPageTests, the eighteenth
/// session: a blank 200 page echoing the NUL said nothing, a fresh-eyes review).
/// </summary>
[Collection(RealSite.Name)]
public class SearchWithoutWordsTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20%09")]
    [InlineData("/api/search?kind=priority")]
    [InlineData("/api/search?q=&doc=lei-kezhong&page=2")]
    // Only characters the search cleans away: a NUL, a zero-width space, a right-to-left override (answered 200 with
    // "query": "" and nothing found, a fresh-eyes review, the seventeenth session).
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=%E2%80%8B")]
    [InlineData("/api/search?q=%E2%80%AE%E2%80%8B")]
    public async Task ASearchWithoutWordsIs400SayingSo(string address)
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), address);
        Assert.StartsWith("A search needs words to search for: give them as q", problem.Detail());
    }

    [Theory]
    [InlineData("/search?q=%20")]
    [InlineData("/search?q=%20%20%09")]
    public async Task TheSearchPageWithoutWordsIsItsEmptyForm(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Null(page.QuerySelector(".problem"));
        // Not "0 results for “”. No passage mentions “”."
        Assert.Null(page.QuerySelector("p.count"));
        Assert.Null(page.QuerySelector("p.absent"));
    }

    [Fact]
    public async Task TheDescriptionMarksTheQueryRequiredAndSaysWhatItsAbsenceAnswers()
    {
        var description = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var q = description.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "q");
        Assert.True(q.GetProperty("required").GetBoolean());
        Assert.Contains("Missing or blank, the answer is 400", q.GetProperty("description").GetString());
    }
}
