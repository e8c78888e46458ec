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
}
