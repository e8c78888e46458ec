namespace GsiPortal.Web.Tests.Pages;

/// <summary>The home page tells a newcomer what the Initiative is, in the paper's words, and when; then the way in.</summary>
[Collection(RealSite.Name)]
public class HomePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheHomePageListsPartsItemsByHeadingCommentariesAndASearchBox()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        Assert.Equal(4, page.QuerySelectorAll("ol.parts li").Length);
        Assert.Equal(6 + 20 + 5, page.QuerySelectorAll("ol.headings li").Length);
        Assert.Contains(page.QuerySelectorAll("ol.headings a"), a => a.TextContent.Contains("Africa") && a.GetAttribute("href") == "/paper/priorities/8");
        Assert.Equal(4, page.QuerySelectorAll("ul.commentary-list li").Length);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task ItQuotesThePapersOwnWordsOnTheInitiativeWithTheirAddresses()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/");
        var quotes = page.QuerySelectorAll(".intro blockquote");
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var link = quote.QuerySelector("footer a")!.GetAttribute("href")!;
            var (_, target) = await Html.Get(client, link.Split('#')[0]);
            var sentence = target.GetElementById(link.Split('#')[1])!;
            Assert.Equal(quote.QuerySelector("p")!.TextContent.Trim('“', '”'), sentence.TextContent);
        }
    }

    [Fact]
    public async Task ItDatesTheAnnouncementThePaperAndEachCommentaryInOrder()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        var events = page.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("April 2022", events[0]);
        Assert.Contains("Boao", events[0]);
        Assert.Contains(events, e => e.StartsWith("21 February 2023") && e.Contains("Concept Paper"));
        Assert.Equal(1 + 1 + 4, events.Count);
        Assert.True(events.FindIndex(e => e.Contains("Lei Kezhong")) < events.FindIndex(e => e.StartsWith("21 February 2023")));
    }

    [Fact]
    public async Task AYearOnlyInferredDateHasASlotOfItsOwnThatSaysSo()
    {
        // A reader's review: Chen ("2023, date inferred") stood after 23 September 2023 as if written later.
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        var items = page.QuerySelectorAll(".timeline li").ToList();
        var chen = items.Single(li => li.TextContent.Contains("Chen Xiangyang"));
        Assert.Equal("2023, month unknown; year inferred", chen.QuerySelector("time")!.TextContent);
        Assert.Equal("2023", chen.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("undated", chen.ClassList);
        Assert.Contains("not placed among them", chen.QuerySelector(".editors")!.TextContent);
        // Every dated entry keeps its place: none of them is undated.
        Assert.All(items.Where(li => li != chen), li => Assert.DoesNotContain("undated", li.ClassList));
    }
}
