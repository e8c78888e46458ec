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
    public async Task AnItemThatDoesNotExistHasNoPassagesPage()
    {
        var response = await factory.CreateClient().GetAsync("/paper/commitments/9/passages");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
