namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// A part's page numbers each item's paragraphs afresh, so its margin marks name the item too ("4 ¶ 3"): a reader
/// citing from /paper/priorities saw many "¶1". The marks' targets, the paragraphs' ids, are the addresses they always were.
/// </summary>
[Collection(RealSite.Name)]
public class PartParagraphMarksTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/commitments")]
    [InlineData("/paper/priorities")]
    [InlineData("/paper/platforms")]
    public async Task NoTwoParagraphMarksOnAPartsPageReadAlike(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var marks = page.QuerySelectorAll("main p.para > a.pnum.numbered").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(marks.Count, marks.Distinct().Count());
    }

    [Fact]
    public async Task AnItemsParagraphMarkNamesTheItemAndLinksToTheParagraphsOwnAddress()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities");
        var mark = page.GetElementById("priority-4-p3")!.QuerySelector("a.pnum")!;
        Assert.Equal("4 ¶ 3", mark.TextContent);
        Assert.Equal("Priority 4 ¶ 3", mark.GetAttribute("aria-label"));
        Assert.Equal("#priority-4-p3", mark.GetAttribute("href"));
        // The part's own passages keep their plain numbers: "¶1" is Part III's introduction.
        Assert.Equal("1", page.GetElementById("priorities-p1")!.QuerySelector("a.pnum")!.TextContent);
    }

    [Fact]
    public async Task EveryParagraphIdOfTheItemPagesStandsOnThePartsPage()
    {
        var client = factory.CreateClient();
        var (_, part) = await Html.Get(client, "/paper/priorities");
        foreach (var n in new[] { 1, 4 })
        {
            var (_, item) = await Html.Get(client, $"/paper/priorities/{n}");
            foreach (var p in item.QuerySelectorAll("article p.para"))
                Assert.Equal($"#{p.Id}", part.GetElementById(p.Id!)!.QuerySelector("a.pnum")!.GetAttribute("href"));
        }
    }
}
