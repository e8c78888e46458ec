namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Review 20 (D4): "interfering" is searched as "interference", which the snippet marks, but the result's link carried
/// only the typed words in <c>highlight=</c>, so the page it opened left the word that found it unmarked.
/// </summary>
[Collection(RealSite.Name)]
public class SearchedInsteadLinkTests(PortalFactory factory)
{
    [Fact]
    public async Task TheResultLinkCarriesTheWordSearchedInsteadAndThePageMarksIt()
    {
        var client = factory.CreateClient();
        var (_, results) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("countries should stop interfering in each other's affairs"));
        Assert.Contains("interference", results.QuerySelector(".also-searched")!.TextContent);
        var href = results.QuerySelector("ol.results a[href*='highlight=']")!.GetAttribute("href")!;
        Assert.Contains("interference", Uri.UnescapeDataString(href));
        var (_, landing) = await Html.Get(client, href.Split('#')[0]);
        Assert.Contains(landing.QuerySelectorAll(".para mark"), m => m.TextContent.Contains("interference", StringComparison.OrdinalIgnoreCase));
    }
}
