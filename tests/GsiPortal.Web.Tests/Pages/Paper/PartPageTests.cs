using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>A part's own page.</summary>
[Collection(RealSite.Name)]
public class PartPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/commitments", 6)]
    [InlineData("/paper/priorities", 20)]
    [InlineData("/paper/platforms", 5)]
    [InlineData("/paper/background", 0)]
    public async Task APartPageShowsItsItems(string address, int items)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(items, page.QuerySelectorAll("section.item").Length);
    }

    [Fact]
    public async Task APartListsItsItemsByHeadingAtTheTop()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities");
        var contents = page.QuerySelectorAll("nav.toc ol.headings a").ToList();
        Assert.Equal(20, contents.Count);
        Assert.Equal("/paper/priorities/8", contents[7].GetAttribute("href"));
        Assert.Contains("Africa", contents[7].TextContent);
        Assert.Equal(20, page.QuerySelectorAll("section.item h2 .editors").Length);
    }

    /// <summary>
    /// A heading copied or read as text says "Priority 11: Maritime…" once, not "Priority 11 · : Maritime…": the
    /// separator seen is drawn by the style sheet, the colon is the text's.
    /// </summary>
    [Fact]
    public async Task AnItemHeadingReadsAsTextWithOneSeparator()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities");
        var heading = page.QuerySelector("#priority-11-h")!;
        Assert.Equal("Priority 11: Maritime security and trans-boundary rivers", heading.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("section.item .item-heading"), h => Assert.DoesNotContain("·", h.TextContent));
    }
}
