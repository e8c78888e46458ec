namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A result in the paper links to the sentence its snippet was cut for, the one holding the searched phrase: "cold war
/// mentality" led to commitment 3's "the two world wars" (s2), with "wars" alone marked, though the phrase stands in s6
/// (a fresh-eyes review).
/// </summary>
[Collection(RealSite.Name)]
public class HitSentenceLinkTests(PortalFactory factory)
{
    [Theory]
    [InlineData("cold war mentality", "/paper/commitments/3?highlight=cold%20war%20mentality#s6", "Cold War mentality")]
    [InlineData("unilateral sanctions", "/paper/commitments/5?highlight=unilateral%20sanctions#s6", "unilateral sanctions")]
    public async Task TheFirstResultLinksToTheSentenceHoldingThePhrase(string query, string link, string phrase)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}");
        var first = page.QuerySelector("ol.results li.result")!;
        Assert.Equal(link, first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal([phrase], first.QuerySelectorAll(".snippet mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task AnEarlierPieceShowingAnotherWordDoesNotTakeTheLink()
    {
        // Commitment 4 for "human rights" shows "Humanity" (s2) before the sentence holding "security rights", the rarer
        // word, cut for the query: the link opens at the latter.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=human+rights");
        var link = page.QuerySelectorAll("ol.results li.result h2 a").Select(a => a.GetAttribute("href")!)
            .Single(h => h.StartsWith("/paper/commitments/4?", StringComparison.Ordinal));
        Assert.Equal("/paper/commitments/4?highlight=human%20rights#s7", link);
    }
}
