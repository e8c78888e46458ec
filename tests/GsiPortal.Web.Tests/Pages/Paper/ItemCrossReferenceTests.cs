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
}
