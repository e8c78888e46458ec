namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A result found by the heading it stands under says so, the searched word marked in the heading: "mediation" finds
/// Khokhar ¶11–13, under her section heading "China's mediation diplomacy", whose own words never write it — they were
/// shown with nothing marked and no word on why (a fresh reader's review).
/// </summary>
[Collection(RealSite.Name)]
public class MatchedHeadingTests(PortalFactory factory)
{
    [Fact]
    public async Task ParagraphsFoundByTheirSectionHeadingShowItWithTheWordMarked()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=mediation");
        var byHeading = page.QuerySelectorAll("li.result").Where(r => r.QuerySelector(".matched-heading") is not null).ToList();
        var found = byHeading.Select(r => r.QuerySelector("a")!.GetAttribute("href")!.Split('#')[1]).ToList();
        // In any order among themselves: ¶12, which the editors' subject index lists under "mediation", ranks before ¶11.
        Assert.Equal(["p11", "p12", "p13"], found.Order());
        Assert.All(byHeading, r =>
        {
            Assert.Empty(r.QuerySelectorAll(".snippet mark"));
            var note = r.QuerySelector(".matched-heading")!;
            // The note is the editors' (their style); the heading is the commentary's own words, the word marked.
            Assert.Equal("Found by the section heading it stands under:", note.QuerySelector(".editors")!.TextContent);
            Assert.Equal("China's mediation diplomacy", note.QuerySelector(".heading-text")!.TextContent);
            Assert.Equal(["mediation"], note.QuerySelectorAll("mark").Select(m => m.TextContent));
        });
    }

    [Fact]
    public async Task AResultWhoseSnippetMarksTheWordsHasNoHeadingNote()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=mediation");
        var marked = page.QuerySelectorAll("li.result").Where(r => r.QuerySelectorAll(".snippet mark").Length > 0).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, r => Assert.Null(r.QuerySelector(".matched-heading")));
    }
}
