using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A program's search that names no words is refused with the reason (before: 200 and nothing found, which reads as a
/// search that found nothing); the description says q is required. The page shows its empty form instead.
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
    public async Task ASearchWithoutWordsIs400SayingSo(string address)
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), address);
        Assert.StartsWith("A search needs words to search for: give them as q", problem.Detail());
    }

    [Fact]
    public async Task TheSearchPageWithoutWordsIsItsEmptyForm()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=%20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Null(page.QuerySelector(".problem"));
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
