using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>What an item page says about the commentaries.</summary>
[Collection(RealSite.Name)]
public class ItemCrossReferenceTests(PortalFactory factory)
{
    [Fact]
    public async Task AnItemPageShowsSharedWordingDiscussionAndKeyTerms()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var panel = page.QuerySelector("aside.item-links")!;
        var shared = panel.QuerySelectorAll(".shared-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/commentaries/chen-xiangyang#p9", shared);
        Assert.Contains("/commentaries/lei-kezhong#p4", shared);
        Assert.Contains("before the paper", panel.QuerySelector(".shared-list")!.TextContent);
        Assert.DoesNotContain("quotes", panel.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(panel.QuerySelectorAll(".discussed-list a"), a => a.GetAttribute("href") == "/commentaries/ovais-ali-khokhar#p7");
        Assert.Contains(panel.QuerySelectorAll(".term-list a"), a => a.GetAttribute("href") == "/terms/indivisible-security");
    }

    [Fact]
    public async Task ADiscussionWrittenBeforeThePaperSaysSo()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var lines = page.QuerySelectorAll("aside.item-links .discussed-list > li").Select(li => li.TextContent).ToList();
        // Dong Chunling (10 May 2022) and Lei Kezhong (7 June 2022) wrote before the paper; Ovais Ali Khokhar after it.
        Assert.Contains(lines, l => l.Contains("Dong Chunling (2022, before the paper)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Lei Kezhong (2022, before the paper)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ovais Ali Khokhar (2023)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiscussionsAreGroupedOnTheItemPageAndEachIsMeasuredOnTheComparePage()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/1");
        var groups = page.QuerySelectorAll("aside.item-links .discussed-list > li").ToList();
        // One line for each way a paragraph takes the item up, each paragraph linked once.
        Assert.Equal(groups.Count, groups.Select(g => g.QuerySelector(".how")!.TextContent).Distinct().Count());
        Assert.Contains(groups, g => g.QuerySelector(".how")!.TextContent == "Discussed:");
        var linked = groups.SelectMany(g => g.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(linked.Count, linked.Distinct().Count());
        Assert.DoesNotMatch(@"\b0\.\d\d\b", page.QuerySelector("main")!.TextContent); // no bare similarity here either
        var more = page.QuerySelectorAll("aside.item-links a").Single(a => a.GetAttribute("href") == "/compare/commitments/1#discussed");

        // The compare page lists the same paragraphs, each with what links it said in words, the measure in its title.
        var (_, compare) = await Html.Get(client, more.GetAttribute("href")!);
        var section = compare.GetElementById("discussed")!.ParentElement!;
        var measured = section.QuerySelectorAll(".discussed-list li").ToList();
        Assert.Equal(linked.Order(), measured.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Order());
        Assert.All(measured, li => Assert.Matches(@"^(how alike their words are: \d\.\d\d of 1, (over the whole paragraph|in one sentence)|uses “[^”]+”, a name or key term of this item)$", li.QuerySelector(".how")!.GetAttribute("title")!));
        Assert.All(measured, li => Assert.Matches(@" — (discusses|mentions) ", li.TextContent));
    }
}
