using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Compare;

/// <summary>The side-by-side comparison of an item with the commentaries.</summary>
[Collection(RealSite.Name)]
public class ComparePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheTrailIsTheItemsOwnWithTheComparisonUnderIt()
    {
        var client = factory.CreateClient();
        var (_, item) = await Html.Get(client, "/paper/priorities/8");
        var (_, compare) = await Html.Get(client, "/compare/priorities/8");
        var itemTrail = item.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        var compareTrail = compare.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. itemTrail, "/compare/priorities/8"], compareTrail);
        Assert.Equal("In the commentaries", compare.QuerySelector(".breadcrumbs a[aria-current=page]")!.TextContent);
        // The site's navigation agrees: the comparison is under the paper, as its item is.
        Assert.Equal(item.QuerySelector(".site-nav a[aria-current]")!.GetAttribute("href"), compare.QuerySelector(".site-nav a[aria-current]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EachSharedPassageIsSetBesideThePapersSentenceAsTheSourcesWriteIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        Assert.StartsWith("Stay committed to taking", page.QuerySelector(".paper-wording blockquote p")!.TextContent);
        var sections = page.QuerySelectorAll("section.comparison h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/commentaries/chen-xiangyang#p9", sections);
        Assert.Contains("/commentaries/lei-kezhong#p4", sections);

        // Lei Kezhong ¶4 has the commitment's first sentence: both sides keep their capitals and full stop, the words marked.
        var lei = page.QuerySelectorAll("section.comparison").First(s => s.QuerySelector("h2 a")!.GetAttribute("href") == "/commentaries/lei-kezhong#p4");
        var pairs = lei.QuerySelectorAll(".pair").ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair =>
        {
            Assert.NotNull(pair.QuerySelector(".pair-paper blockquote mark"));
            Assert.NotNull(pair.QuerySelector(".pair-commentary blockquote mark"));
        });
        var paperSide = pairs.Select(p => p.QuerySelector(".pair-paper blockquote")!.TextContent).ToList();
        Assert.Contains(paperSide, t => t.StartsWith("Stay committed to taking the legitimate security concerns of all countries seriously.", StringComparison.Ordinal));
        // Whole sentences, or cut with an ellipsis where a sentence runs long: never a bare fragment.
        Assert.All(paperSide, t => Assert.Matches(@"[.;:…]$", t.Trim()));
        // No word-by-word diff of whole paragraphs: differences appear only under near matches.
        Assert.Empty(page.QuerySelectorAll("section.comparison > p.diff"));
    }

    [Fact]
    public async Task WordsACommentaryLeavesOutAreNotMarkedAsSharedAndAreListedAfterThePassage()
    {
        // Chen Xiangyang ¶9 gives commitment 4's seventh sentence without "between traditional security and non-traditional security".
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        var chen = page.QuerySelectorAll("section.comparison").First(s => s.QuerySelector("h2 a")!.GetAttribute("href") == "/commentaries/chen-xiangyang#p9");
        var pair = chen.QuerySelectorAll(".pair").Single(p => p.QuerySelector(".pair-paper")!.TextContent.Contains("non-traditional", StringComparison.Ordinal));
        var marked = string.Join(" ", pair.QuerySelectorAll(".pair-paper mark").Select(m => m.TextContent));
        Assert.Contains("indivisible security", marked);
        Assert.DoesNotContain("non-traditional", marked);
        var leftOut = pair.QuerySelectorAll(".pair-diff ins").Select(i => i.TextContent).ToList();
        Assert.Contains("non-traditional", leftOut);
        Assert.Empty(pair.QuerySelectorAll(".pair-diff del"));
    }

    [Fact]
    public async Task ANearMatchShowsItsDifferencesWithAFewWordsAroundThemAndTheKeyIsOnThePage()
    {
        // Chen Xiangyang ¶7 repeats commitment 2 for some seventy words, with one misspelling and one clause put in.
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/2");
        var diff = page.QuerySelectorAll(".pair-diff").First(d => d.QuerySelector("del")?.TextContent == "soveignty");
        Assert.Contains("…", diff.TextContent);
        Assert.True(diff.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 40, diff.TextContent);
        Assert.Contains(diff.QuerySelectorAll("del"), d => d.TextContent == "premise");
        Assert.NotNull(page.QuerySelector("p.legend del"));
        Assert.NotNull(page.QuerySelector("p.legend ins"));
        // The author's misprint is the editors' [sic] here as on the commentary's own page.
        Assert.Contains(page.QuerySelectorAll(".pair-commentary span.sic"), s => s.TextContent == "soveignty");
    }

    [Fact]
    public async Task ADifferenceIsIntroducedInAReadersWordsNotAsANearMatch()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/2");
        var lead = page.QuerySelectorAll(".pair-diff .editors").Select(e => e.TextContent).Distinct().ToList();
        Assert.Equal(["Where the two differ:"], lead);
        Assert.DoesNotContain("Near match", Html.MainText(page), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryItemHasAComparePageAndAMissingOneIs404()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/compare/priorities/17")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/compare/platforms/5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/compare/commitments/7")).StatusCode);
    }
}
