namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// Review 20 (D10): on a part's page six links were all named "Link to this paragraph", and an item's heading read
/// "Commitment 1 : Common…" (the hidden colon's box put a space before it). Each link names its item now, and the
/// heading's link says "Commitment 1: Common…".
/// </summary>
[Collection(RealSite.Name)]
public class LinkNamesTests(PortalFactory factory)
{
    [Fact]
    public async Task APartPagesParagraphLinksAndHeadingsNameTheirItems()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments");
        var names = page.QuerySelectorAll("a.pnum:not(.numbered)").Select(a => a.GetAttribute("aria-label")).ToList();
        Assert.Contains("Link to Commitment 1", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        var heading = page.QuerySelector("#commitment-1-h a")!;
        Assert.Equal($"Commitment 1: {heading.QuerySelector(".editors")!.TextContent}", heading.GetAttribute("aria-label"));
    }
}
