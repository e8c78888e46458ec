namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// Part I (Background) has what the other parts have: its passages in the commentators' own words beside its text,
/// a compare page, and the commentary pages' notes name it. Before, Part I alone had none of them, though the coverage
/// table counts Lei ¶6 and Khokhar ¶4 as taking it up by shared wording.
/// </summary>
[Collection(RealSite.Name)]
public class PartOneInTheCommentariesTests(PortalFactory factory)
{
    [Fact]
    public async Task PartOnesPageSaysWhichCommentariesShareItsWordingAsAnItemPageDoes()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/background");
        var aside = page.QuerySelector("aside.item-links")!;
        Assert.Equal("In the commentaries", aside.QuerySelector("h2")!.TextContent);
        var paragraphs = aside.QuerySelectorAll(".shared-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/commentaries/lei-kezhong#p6", "/commentaries/lei-kezhong#p7", "/commentaries/ovais-ali-khokhar#p4"], paragraphs);
        // The words counted as the coverage cell counts them (Khokhar ¶4: 17, the cell's).
        Assert.Contains("¶4 (17 words in 2 places)", aside.QuerySelector(".shared-list")!.TextContent.Replace('\u00a0', ' '));
        Assert.Contains("before the paper", aside.QuerySelector(".shared-list li")!.TextContent);
        Assert.Contains(aside.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/compare/background");
    }

    /// <summary>They did by shared wording before (this pins it); a glossary term of a passage's own now counts too, as in the coverage table.</summary>
    [Theory]
    [InlineData("ovais-ali-khokhar", "p4", "Part I")]
    [InlineData("lei-kezhong", "p6", "Part I")]
    [InlineData("chen-xiangyang", "p5", "Part II, closing passage")]
    public async Task ACommentaryParagraphsNoteNamesThePapersPassageItTakesUp(string commentary, string paragraph, string passage)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/commentaries/{commentary}");
        var note = page.GetElementById($"{paragraph}-notes")!;
        Assert.Contains(passage, note.QuerySelector("summary")!.TextContent);
    }
}
