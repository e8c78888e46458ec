using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// The words-apart notes are not said beside an answer without a word found nowhere where the reader never typed the
/// rest's words side by side (docs/search.md, the twenty-seventh turn): "disagreements between countries over the sea",
/// answered with "countries sea", said "Holds “countries” and “sea”, but not side by side" of each result. The rest
/// typed alone still says it, on the page and in the API.
/// </summary>
[Collection(RealSite.Name)]
public class AnsweredWithoutApartPageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheRestTypedAloneSaysItsWordsStandApart()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=countries+sea");
        Assert.NotEmpty(page.QuerySelectorAll("li.result p.apart-here"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=countries+sea"));
        Assert.Contains(json.RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("apart").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheAnswerWithoutTheWordDoesNot()
    {
        var client = factory.CreateClient();
        const string query = "disagreements between countries over the sea";
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(query));
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
        Assert.Empty(page.QuerySelectorAll("p.apart-here"));
        Assert.DoesNotContain("side by side", Html.Folded(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("apart").GetArrayLength()));
        Assert.False(json.RootElement.GetProperty("wordsApart").GetBoolean());
    }
}
