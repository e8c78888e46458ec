namespace GsiPortal.Web.Tests.Pages.Compare;

/// <summary>
/// The compare page shows each discussion in its words, one excerpt per stretch of a commentary paragraph, and the
/// paper's side whole (issue #23: Khokhar ¶7 only a link, Lei ¶4 in three overlapping excerpts, the paper cut mid-list).
/// </summary>
[Collection(RealSite.Name)]
public class CompareExcerptsTests(PortalFactory factory)
{
    [Fact]
    public async Task KhokharSeventhParagraphIsShownInItsOwnWordsWhole()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        var khokhar = page.QuerySelectorAll("section[aria-labelledby=discussed] ul.discussed-list > li")
            .First(li => li.QuerySelector("a")!.GetAttribute("href") == "/commentaries/ovais-ali-khokhar#p7");
        var text = khokhar.QuerySelector("blockquote p")!.TextContent;
        Assert.StartsWith("The security interests of every country are equal", text);
        Assert.EndsWith("long-term framework for security.", text);
    }

    [Fact]
    public async Task OverlappingExcerptsOfOneParagraphAreMergedIntoOne()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        var lei = page.QuerySelectorAll("section.comparison").Single(s => s.QuerySelector("h2 a")!.GetAttribute("href") == "/commentaries/lei-kezhong#p4");
        var excerpt = Assert.Single(lei.QuerySelectorAll(".pair-commentary blockquote"));
        // Every shared passage is marked in the one excerpt (two that touch make one mark).
        Assert.True(excerpt.QuerySelectorAll("mark").Length >= 2, excerpt.InnerHtml);
    }

    [Theory]
    [InlineData("/compare/commitments/4")]
    [InlineData("/compare/commitments/1")]
    [InlineData("/compare/commitments/6")]
    [InlineData("/compare/priorities/20")]
    public async Task ThePapersSideIsNeverCut(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var paperSides = page.QuerySelectorAll(".pair-paper blockquote p").Select(p => p.TextContent).ToList();
        Assert.NotEmpty(paperSides);
        var item = page.QuerySelectorAll(".paper-wording blockquote p").Select(p => p.TextContent).ToList();
        Assert.All(paperSides, side =>
        {
            Assert.DoesNotContain("…", side);
            Assert.Contains(item, whole => whole.Contains(side, StringComparison.Ordinal));
        });
    }
}
