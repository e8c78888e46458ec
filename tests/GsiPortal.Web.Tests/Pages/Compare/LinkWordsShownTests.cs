namespace GsiPortal.Web.Tests.Pages.Compare;

/// <summary>
/// Every paragraph a compare page lists as taking the item up in its own words shows the words the link rests on,
/// marked in the paragraph and quoted beside it, or the editors' reason; and a list of mentions is not called
/// discussions. A fresh reader found Chen ¶13 and Lei ¶13 linked with no phrase given, and priority 20's page filing
/// two mentions of "climate change" under "Discussed without shared wording".
/// </summary>
[Collection(RealSite.Name)]
public class LinkWordsShownTests(PortalFactory factory)
{
    public static TheoryData<string> ComparePages() =>
    [
        .. Enumerable.Range(1, 6).Select(n => $"/compare/commitments/{n}"),
        .. Enumerable.Range(1, 20).Select(n => $"/compare/priorities/{n}"),
        .. Enumerable.Range(1, 5).Select(n => $"/compare/platforms/{n}"),
    ];

    [Theory]
    [MemberData(nameof(ComparePages))]
    public async Task EachParagraphTakingTheItemUpInItsOwnWordsShowsTheWordsOrTheEditorsReason(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        foreach (var line in page.QuerySelectorAll("section[aria-labelledby=discussed] ul.discussed-list > li"))
        {
            var where = $"{address}, {line.QuerySelector("a")!.TextContent}";
            if (line.QuerySelector(".editors-note") is not null) continue;
            var marks = line.QuerySelectorAll("blockquote mark").Select(m => m.TextContent).ToList();
            Assert.True(marks.Count > 0, $"{where}: no words marked");
            var how = line.QuerySelector(".how")!.TextContent;
            Assert.All(marks, m => Assert.Contains($"“{m}”", how, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("/compare/commitments/5", "/commentaries/chen-xiangyang#p13")]
    [InlineData("/compare/priorities/18", "/commentaries/lei-kezhong#p13")]
    [InlineData("/paper/commitments/5", "/commentaries/chen-xiangyang#p13")]
    [InlineData("/paper/priorities/18", "/commentaries/lei-kezhong#p13")]
    public async Task ALinkNoWordsOfTheItemBackIsNotShown(string address, string paragraph)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == paragraph);
    }

    [Fact]
    public async Task Priority20sMentionsInARestatementAreCalledMentionsAndSayWhatTheyRestate()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/priorities/20");
        var heading = page.GetElementById("discussed")!.TextContent;
        Assert.False(heading.StartsWith("Discussed", StringComparison.Ordinal), heading);
        var chen = page.QuerySelectorAll("ul.discussed-list > li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/commentaries/chen-xiangyang#p11");
        Assert.Equal("mentions it (“climate change”), in its restatement of Commitment 6", chen.QuerySelector(".how")!.TextContent);
        Assert.Equal(["climate change"], chen.QuerySelectorAll("blockquote mark").Select(m => m.TextContent));
    }

    /// <summary>
    /// Lei ¶12 shares six words with priority 17 and, by the editors' judgement, discusses it: it stands in both lists,
    /// so the second may not be headed "without sharing its wording", as it was.
    /// </summary>
    [Fact]
    public async Task AParagraphInBothListsIsNotSaidToShareNoWording()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/priorities/17");
        var lei = "/commentaries/lei-kezhong#p12";
        Assert.Contains(page.QuerySelectorAll("ul.discussed-list > li > a, ul.discussed-list > li a"), a => a.GetAttribute("href") == lei);
        Assert.True(page.QuerySelectorAll("main a").Count(a => a.GetAttribute("href") == lei) >= 2, "Lei ¶12 in the shared wording and the discussions");
        var heading = page.GetElementById("discussed")!.TextContent;
        Assert.DoesNotContain("without sharing", heading, StringComparison.Ordinal);
        Assert.Equal("Discussed in the commentaries' own words", heading);
    }

    [Fact]
    public async Task ASentenceMentionNamesItsWordsOnTheItemPage()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/16");
        var lines = page.QuerySelectorAll("aside.item-links .discussed-list > li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, l => l.StartsWith("Mentioned as “outer space”", StringComparison.Ordinal) && l.Contains("Lei Kezhong", StringComparison.Ordinal));
    }
}
