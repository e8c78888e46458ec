using System.Net;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// The commentators' own words beside the paper's (issue #26): an item's passages page, which its page fetches into
/// its panel, and the same panel on a part's page, by commentary, from the cross-reference map as it is.
/// </summary>
[Collection(RealSite.Name)]
public class CommentaryPassagesTests(PortalFactory factory)
{
    [Fact]
    public async Task CommitmentFoursPassagesAreTheCommentatorsSentencesWithTheSharedWordsMarked()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4/passages");
        var panel = page.QuerySelector(".commentary-passages")!;
        var lei = panel.QuerySelector("[data-commentary=lei-kezhong]")!;
        Assert.Contains("before the paper", lei.QuerySelector("h3")!.TextContent);
        // Lei Kezhong ¶4 has the commitment's first sentence: it is shown in his words, marked, with its place.
        var shared = lei.QuerySelectorAll("figure.passage:not(.discussing)").ToList();
        Assert.Contains(shared, f => f.QuerySelector("blockquote mark")?.TextContent.Contains("legitimate security concerns", StringComparison.OrdinalIgnoreCase) == true
                                     && f.QuerySelector("figcaption a")!.GetAttribute("href") == "/commentaries/lei-kezhong#p4");
        // Ovais Ali Khokhar ¶7 discusses it at length without its wording: the paragraph itself, unmarked.
        var khokhar = panel.QuerySelector("[data-commentary=ovais-ali-khokhar] figure.discussing")!;
        Assert.Null(khokhar.QuerySelector("mark"));
        Assert.Contains("at length", khokhar.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("/commentaries/ovais-ali-khokhar#p7", khokhar.QuerySelector("figcaption a")!.GetAttribute("href"));
        // The filter names every commentary shown, and waits for the script.
        var filter = panel.QuerySelector(".passage-filter")!;
        Assert.True(filter.HasAttribute("hidden"));
        Assert.Equal(panel.QuerySelectorAll("[data-commentary]").Select(s => s.GetAttribute("data-commentary")),
            filter.QuerySelectorAll("button[data-show]").Select(b => b.GetAttribute("data-show")).Where(id => id != ""));
    }

    [Fact]
    public async Task APartPageHasThePanelBesideItsText()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/platforms");
        var panel = page.QuerySelector(".side-column .commentary-passages")!;
        Assert.Contains("the platforms", panel.QuerySelector("h2")!.TextContent);
        Assert.NotEmpty(panel.QuerySelectorAll("figure.passage"));
        Assert.All(panel.QuerySelectorAll("figure.passage figcaption"), c => Assert.Matches("Platform [1-5]", c.TextContent));
    }

    [Fact]
    public async Task APartPageShowsEachCommentaryParagraphOnceWithEveryItemItBearsOn()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments");
        var figures = page.QuerySelectorAll(".commentary-passages figure.passage").ToList();
        var cited = figures.Select(f => f.QuerySelector("blockquote")!.GetAttribute("cite")).ToList();
        Assert.Equal(cited.Distinct(), cited);
        // Lei Kezhong ¶4 names all six commitments in one sentence: one figure, the six linked in its caption.
        var lei = Assert.Single(figures, f => f.QuerySelector("blockquote")!.GetAttribute("cite") == "/commentaries/lei-kezhong#p4");
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"/paper/commitments/{n}"),
            lei.QuerySelectorAll("figcaption a[href^='/paper/']").Select(a => a.GetAttribute("href")).Order());
        Assert.NotEmpty(lei.QuerySelectorAll("blockquote mark"));
        // Dong Chunling ¶18 discusses commitments 1 and 6 in its own words: the paragraph once, whole, naming both.
        var dong = Assert.Single(figures, f => f.QuerySelector("blockquote")!.GetAttribute("cite") == "/commentaries/dong-chunling#p18");
        Assert.Contains("discussing", dong.ClassList);
        // Each with the words the link rests on, quoted as the paragraph writes them (Commitment 6's are the editors' judgement).
        Assert.Matches(@"discusses Commitment 1 \(“[^”]+”(, “[^”]+”)*\) and Commitment 6,", dong.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public async Task AnItemThatDoesNotExistHasNoPassagesPage()
    {
        var response = await factory.CreateClient().GetAsync("/paper/commitments/9/passages");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
