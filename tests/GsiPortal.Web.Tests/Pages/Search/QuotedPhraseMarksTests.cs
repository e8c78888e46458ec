namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A quoted phrase marks the phrase, on the search page, in the API and on the page a result leads to: "indivisible
/// security" in quotation marks marked "indivisibility", a stem-mate the exact phrase never matched (a reader's report).
/// </summary>
[Collection(RealSite.Name)]
public class QuotedPhraseMarksTests(PortalFactory factory)
{
    private const string Quoted = "%22indivisible+security%22";

    [Fact]
    public async Task TheSearchPageMarksOnlyThePhrase()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Quoted);
        var marks = page.QuerySelectorAll("li.result .snippet mark").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("indivisible security", m, ignoreCase: true));
    }

    [Fact]
    public async Task TheApiMarksOnlyThePhrase()
    {
        using var answer = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=" + Quoted));
        var parts = answer.RootElement.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("snippetParts").EnumerateArray()).Where(p => p.GetProperty("marked").GetBoolean()).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, p => Assert.Equal("indivisible security", p.GetProperty("text").GetString(), ignoreCase: true));
    }

    [Fact]
    public async Task ThePageAResultLeadsToMarksOnlyThePhrase()
    {
        var client = factory.CreateClient();
        var (_, search) = await Html.Get(client, "/search?q=" + Quoted);
        var link = search.QuerySelectorAll("li.result h2 a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/paper/commitments/4"));
        var (_, item) = await Html.Get(client, link);
        var marks = item.QuerySelectorAll("article mark").Select(m => m.TextContent).ToList();
        Assert.Equal(["indivisible security", "indivisible security"], marks);
    }
}
