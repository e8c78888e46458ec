namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A passage of the paper moved up before a commentary that matched the query by quoting it says so, and is listed
/// among the results that hold every word, whose count is unchanged (the lead's review: "China will not interfere in
/// other countries affairs" put two commentaries quoting commitment 2 above it).
/// </summary>
[Collection(RealSite.Name)]
public class QuotedSourceTests(PortalFactory factory)
{
    [Fact]
    public async Task ThePaperComesFirstAndNamesTheCommentaryThatQuotesIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=China+will+not+interfere+in+other+countries+affairs");
        var first = page.QuerySelector("ol.results")!;
        Assert.False(first.ClassList.Contains("relaxed-results"));
        var links = first.QuerySelectorAll("li.result h2 a, li.result h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();
        Assert.Equal("/paper/commitments/2", links[0]);
        var note = first.QuerySelector("li.result .quoted-by")!;
        Assert.Equal("Shown before Chen Xiangyang [2023?] ¶7, which quotes these words of the paper.", note.TextContent);
        Assert.StartsWith("/commentaries/chen-xiangyang", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2 holding every word", page.QuerySelector("p.count")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".quoted-by"));
    }
}
