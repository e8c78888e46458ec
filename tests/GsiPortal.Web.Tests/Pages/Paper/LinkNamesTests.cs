namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// Review 20 (D10): on a part's page six links were all named "Link to this paragraph", and an item's heading read
/// "Commitment 1 : Common…" (the hidden colon's box put a space before it). Each link names its item now; the heading's
/// link keeps its visible text as its name, since an aria-label differing from it fails WCAG 2.5.3.
/// </summary>
[Collection(RealSite.Name)]
public class LinkNamesTests(PortalFactory factory)
{
    [Fact]
    public async Task APartPagesParagraphLinksNameTheirItems()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments");
        var names = page.QuerySelectorAll("a.pnum:not(.numbered)").Select(a => a.GetAttribute("aria-label")).ToList();
        Assert.Contains("Link to Commitment 1", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        // The heading's link is named by its visible text (WCAG 2.5.3): an aria-label without the hidden colon's space
        // failed axe's label-content-name-mismatch on every part page.
        Assert.Null(page.QuerySelector("#commitment-1-h a")!.GetAttribute("aria-label"));
    }
}
