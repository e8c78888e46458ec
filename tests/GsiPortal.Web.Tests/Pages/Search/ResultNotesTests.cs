using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Every result says why it matched where its snippet cannot: found by its commentary's byline (the name marked in the
/// byline), or holding the words only apart while other results hold the phrase. "Khokhar" listed Khokhar's paragraphs
/// with nothing marked and no word on why; "food security" listed Dong Chunling ¶11 ("global security", "food for
/// thought") with no note (a reader's report). The notes are the editors' (their style).
/// </summary>
[Collection(RealSite.Name)]
public class ResultNotesTests(PortalFactory factory)
{
    [Fact]
    public async Task AnAuthorsNameIsMarkedInTheBylineAndTheGroupSaysItsResultsWereFoundByIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Khokhar");
        var group = page.QuerySelector("li.result-group[data-document=ovais-ali-khokhar]")!;
        Assert.Equal(["Khokhar"], group.QuerySelectorAll(":scope > .where mark").Select(m => m.TextContent));
        Assert.Equal("Each found by the author's name.", Html.Folded(group.QuerySelector(":scope > .matched-record .editors")!.TextContent));
        // Said once for the group, not on each result; and nothing in the texts is marked, since none says the name.
        Assert.Empty(group.QuerySelectorAll("li.result .matched-record"));
        Assert.Empty(group.QuerySelectorAll("li.result .snippet mark"));
    }

    [Fact]
    public async Task APlaceTheBylineLineDoesNotShowIsWrittenOutWithTheWordsMarked()
    {
        // Lei Kezhong's commentary appeared on the embassy's "Embassy Update" page, which his byline line does not show.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Embassy+Update");
        var note = page.QuerySelector("li.result-group[data-document=lei-kezhong] > .matched-record")!;
        Assert.Equal("Each found by where it appeared:", Html.Folded(note.QuerySelector(".editors")!.TextContent));
        Assert.Equal(["Embassy Update"], note.QuerySelectorAll(".record-text mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task AResultHoldingTheWordsOnlyApartSaysSoWhileTheOthersHoldThePhrase()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=food+security");
        var results = page.QuerySelectorAll("li.result").ToList();
        var dong = results.Single(r => r.QuerySelector("a")!.GetAttribute("href")!.StartsWith("/commentaries/dong-chunling"));
        var note = dong.QuerySelector(".apart-here")!;
        Assert.Contains("editors", note.ClassList);
        Assert.Equal("Holds “food” and “security”, but not side by side.", Html.Folded(note.TextContent));
        Assert.All(results.Where(r => r != dong), r => Assert.Null(r.QuerySelector(".apart-here")));
        Assert.Null(page.QuerySelector(".words-apart"));
    }

    [Fact]
    public async Task WhereThePageSaysTheWordsAreApartOfEveryResultNoResultRepeatsIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=food+security+China");
        Assert.NotNull(page.QuerySelector(".words-apart"));
        Assert.Empty(page.QuerySelectorAll(".apart-here"));
    }

    [Fact]
    public async Task TheApiSaysOfEachResultWhatItsSnippetCannotShow()
    {
        var client = factory.CreateClient();
        using var food = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=food+security"));
        var apart = food.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("apart").EnumerateArray().Select(w => w.GetString()).ToList());
        Assert.Equal(["food", "security"], apart["dong-chunling/p11"]);
        Assert.All(apart.Where(a => a.Key != "dong-chunling/p11"), a => Assert.Empty(a.Value));

        using var khokhar = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Khokhar"));
        Assert.All(khokhar.RootElement.GetProperty("results").EnumerateArray(), r =>
        {
            var found = Assert.Single(r.GetProperty("foundOutsideText").EnumerateArray());
            Assert.Equal("author", found.GetProperty("place").GetString());
            Assert.Equal(["Khokhar"], found.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
            Assert.Equal(["Khokhar"], found.GetProperty("parts").EnumerateArray().Where(p => p.GetProperty("marked").GetBoolean()).Select(p => p.GetProperty("text").GetString()));
        });
    }
}
