namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// The page's result links and quotes the sentence holding the most of the searched words, the rarer weighing more
/// (review 23, D4): priority 12 for "terrorism should not be blamed on one religion" was quoted and linked at s1, which
/// says "terrorism" four times, not s3 ("Oppose linking terrorism with any particular country, ethnic group or
/// religion"); priority 1 for "money for african peacekeeping" at s4 ("peacekeeping" twice), not s6 ("… financial
/// assistance to the African Union (AU) for it to carry out autonomous peacekeeping operations"). Parsed.
/// </summary>
[Collection(RealSite.Name)]
public class SentenceOfMostWordsLinkTests(PortalFactory factory)
{
    [Theory]
    [InlineData("terrorism should not be blamed on one religion", "/paper/priorities/12?", "#s3", "religion")]
    [InlineData("money for african peacekeeping", "/paper/priorities/1?", "#s6", "African")]
    public async Task TheResultQuotesAndLinksTheSentenceHoldingMostOfTheWords(string query, string page, string fragment, string word)
    {
        var (_, html) = await Html.Get(factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}");
        var result = html.QuerySelectorAll("ol.results li.result")
            .Single(li => li.QuerySelector("h2 a")!.GetAttribute("href")!.StartsWith(page, StringComparison.Ordinal));
        Assert.EndsWith(fragment, result.QuerySelector("h2 a")!.GetAttribute("href")!, StringComparison.Ordinal);
        Assert.Contains(result.QuerySelectorAll(".snippet mark"), m => m.TextContent.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
