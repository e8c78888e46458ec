using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// What a reader types, read as meant, page and API: curly quotation marks quote a phrase and the page names the query
/// once in its own marks; '?' inside a word and a '*' alone are explained (a fresh-eyes review, the seventeenth session).
/// </summary>
[Collection(RealSite.Name)]
public class TypedQueryPageTests(PortalFactory factory)
{
    private static string Count(AngleSharp.Dom.IDocument page) => Html.Folded(page.QuerySelector("p.count")!.TextContent);

    [Fact]
    public async Task CurlyQuotesSearchThePhraseAndTheCountNamesItOnce()
    {
        var client = factory.CreateClient();
        var (_, straight) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("\"indivisible security community\""));
        var (_, curly) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("“indivisible security community”"));
        var (_, loose) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("indivisible security community"));
        Assert.Equal(straight.QuerySelectorAll("li.result h2 a").Select(a => a.GetAttribute("href")), curly.QuerySelectorAll("li.result h2 a").Select(a => a.GetAttribute("href")));
        Assert.True(curly.QuerySelectorAll("li.result").Length < loose.QuerySelectorAll("li.result").Length);
        var count = Count(curly);
        Assert.EndsWith("for “indivisible security community”.", count);
        Assert.DoesNotContain("““", count);
        Assert.Equal(count, Count(straight));
        Assert.StartsWith("“indivisible security community” — Search", curly.Title);
    }

    /// <summary>
    /// A phrase inside a longer query is named in double marks, as typed (curly ones as the search reads them, straight):
    /// they were made ‘ ’, which the reader had not typed (review 19, T7).
    /// </summary>
    [Theory]
    [InlineData("\"indivisible security\" -lei", "for “\"indivisible security\" -lei”.")]
    [InlineData("“hegemonism” bloc confrontation", "for “\"hegemonism\" bloc confrontation”.")]
    [InlineData("indivisible\u00A0\u00A0security", "for “indivisible security”.")]
    public async Task AQueryIsNamedAsTyped(string typed, string named)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(typed));
        Assert.EndsWith(named, Count(page));
        Assert.DoesNotContain("‘", Count(page));
    }

    [Fact]
    public async Task TheApiSearchesCurlyQuotesAsThePhrase()
    {
        var client = factory.CreateClient();
        async Task<int> Total(string q) => JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(await Total("\"security of one country\""), await Total("“security of one country”"));
        Assert.True(await Total("“security of one country”") < await Total("security of one country"));
    }

    [Fact]
    public async Task AQuestionMarkInsideAWordIsSaidNotToBeAWildcard()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("sec?rity"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("“sec?rity”: ? is not a wildcard in this search", page.QuerySelector("p.query-note")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("p.absent"));
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task AStarAloneIsExplainedNotFoundNowhere()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=*");
        Assert.StartsWith("“*” alone was not searched: a * stands for the end of a word", page.QuerySelector("p.query-note")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("p.absent"));
        Assert.DoesNotContain("No passage mentions", Html.MainText(page));
    }
    [Fact]
    public async Task ALeadingWildcardIsExplainedNotFoundNowhere()
    {
        // Review 18 (D10): "No passage mentions “*curity”", where "*" and "a*" were explained.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("*curity"));
        Assert.StartsWith("“*curity” was not searched: a * can only end a word", page.QuerySelector("p.query-note")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("p.absent"));
        Assert.DoesNotContain("No passage mentions", Html.MainText(page));
    }
}
