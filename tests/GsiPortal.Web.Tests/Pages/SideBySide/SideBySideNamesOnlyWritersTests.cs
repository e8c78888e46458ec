using System.Net;
using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Pages.SideBySide;

/// <summary>
/// A side-by-side page never names a commentary as writing on its subject and then says it writes nothing: the
/// fresh-eyes review found /paper/priorities/20/commentaries titled "Lei Kezhong and Dong Chunling on Priority 20"
/// above "Dong Chunling writes nothing on Priority 20". Checked over every item and every key term of the edition.
/// </summary>
[Collection(RealSite.Name)]
public class SideBySideNamesOnlyWritersTests(PortalFactory factory)
{
    /// <summary>The default pair's page of every item (from /compare) and every key term (from /terms).</summary>
    private async Task<List<string>> EverySubjectsPairPage(HttpClient client)
    {
        var (_, compare) = await Html.Get(client, "/compare");
        var items = compare.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^/compare/[a-z]+/\d+$"))
            .Select(h => "/paper" + h["/compare".Length..] + "/commentaries").Distinct().ToList();
        var (_, terms) = await Html.Get(client, "/terms");
        var termPages = terms.QuerySelectorAll("main a[href^='/terms/']").Select(a => a.GetAttribute("href")!)
            .Where(h => h.Count(c => c == '/') == 2 && !h.Contains('#')).Select(h => h + "/commentaries").Distinct().ToList();
        Assert.Equal(31, items.Count);
        Assert.True(termPages.Count >= 30, $"{termPages.Count} term pages");
        return [.. items, .. termPages];
    }

    private static IEnumerable<string> Authors(IDocument page) =>
        page.QuerySelectorAll("select[name=a] option").Select(o => o.TextContent.Split(" (")[0].Trim());

    [Fact]
    public async Task NoDefaultPairNamesACommentaryThatWritesNothingOnItsSubject()
    {
        var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var address in await EverySubjectsPairPage(client))
        {
            var (response, page) = await Html.Get(client, address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var heading = page.QuerySelector("h1")!.TextContent;
            Assert.Equal($"{heading} — GsiPortal", page.Title);
            if (page.QuerySelector(".pair-side .none") is { } none) failures.Add($"{address}: {none.TextContent}");
            foreach (var author in Authors(page).Where(a => heading.StartsWith(a, StringComparison.Ordinal) || heading.Contains($"and {a} on", StringComparison.Ordinal)))
            {
                var side = page.QuerySelectorAll(".pair-side").FirstOrDefault(s => s.QuerySelector("h2")!.TextContent.Trim() == author);
                if (side is null || side.QuerySelectorAll("blockquote").Length == 0) failures.Add($"{address}: “{heading}” names {author}, who has no passage on the page");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task PriorityTwentysDefaultPairBothWriteOnIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/20/commentaries");
        var sides = page.QuerySelectorAll(".pair-side").ToList();
        Assert.Equal(2, sides.Count);
        Assert.All(sides, s => Assert.NotEmpty(s.QuerySelectorAll("blockquote")));
        // Every commentary writes on it now: the form counts a passage for each.
        Assert.All(page.QuerySelectorAll("select[name=a] option"), o => Assert.DoesNotContain("— 0 passages", o.TextContent));
    }

    [Fact]
    public async Task WhereNoCommentaryWritesTheDefaultSaysSoAndSetsNoColumnOut()
    {
        // Priority 9 (Latin America and the Caribbean): no commentary takes it up.
        var (response, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/9/commentaries");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No commentary writes on Priority 9", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".pair-side"));
        Assert.NotNull(page.QuerySelector("form.pair-choice"));
    }

    [Fact]
    public async Task WhereOneCommentaryWritesTheDefaultSetsItOutAloneUnderItsName()
    {
        // Priority 7 (the Middle East): Khokhar alone takes it up (¶10).
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/7/commentaries");
        Assert.Equal("Ovais Ali Khokhar on Priority 7", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Only Ovais Ali Khokhar writes on Priority 7", page.QuerySelector(".lede")!.TextContent);
        var side = Assert.Single(page.QuerySelectorAll(".pair-side"));
        Assert.NotEmpty(side.QuerySelectorAll("blockquote"));
        Assert.Null(page.QuerySelector(".pair-shared"));
    }

    [Theory]
    [InlineData("/paper/priorities/7/commentaries?a=ovais-ali-khokhar&b=dong-chunling", "Ovais Ali Khokhar on Priority 7; Dong Chunling writes nothing on it", "Only one of them writes on it")]
    [InlineData("/paper/priorities/9/commentaries?a=dong-chunling&b=lei-kezhong", "Neither Dong Chunling nor Lei Kezhong writes on Priority 9", "Neither writes on it")]
    public async Task APairTheReaderChoseIsShownWholeAndItsHeadingSaysWhichWritesNothing(string address, string heading, string shared)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".pair-side").Length);
        Assert.Contains(shared, page.QuerySelector(".pair-shared")!.TextContent);
    }
}
