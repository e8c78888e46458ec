namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// The words a relaxed search names — the words it searched and "Each on its own" — are words: "differences." was a
/// link with its full stop (review 23, D10 and T5: /search?q=War and sanctions are no lasting solution to differences.).
/// </summary>
[Collection(RealSite.Name)]
public class WordsShownAsWordsPageTests(PortalFactory factory)
{
    [Fact]
    public async Task NoWordShownOrLinkedEndsInAFullStop()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("War and sanctions are no lasting solution to differences."));
        var alone = page.QuerySelectorAll("a.alone").ToList();
        Assert.NotEmpty(alone);
        Assert.Contains(alone, a => a.TextContent == "differences" && a.GetAttribute("href") == "/search?q=differences");
        Assert.DoesNotContain(alone, a => a.TextContent.EndsWith('.') || a.GetAttribute("href")!.EndsWith('.'));
        Assert.DoesNotContain(page.QuerySelectorAll("p.relaxed strong, .relaxed strong"), s => s.TextContent.EndsWith('.'));
    }
}
