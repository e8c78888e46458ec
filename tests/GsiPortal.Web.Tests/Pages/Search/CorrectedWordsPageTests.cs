using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Where a query's results are for its spelling correction and it holds words besides those corrected, the page names
/// each word corrected, as typed and as searched, and the API lists them (<c>correctedWords</c>) (review 22, D1).
/// </summary>
[Collection(RealSite.Name)]
public class CorrectedWordsPageTests(PortalFactory factory)
{
    [Fact]
    public async Task ThePageNamesEachWordCorrectedAndAnswersWithTheRest()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("rol of shanghai coopration organisation"));
        var note = page.QuerySelector("p.corrected-words") ?? throw new Xunit.Sdk.XunitException("no p.corrected-words");
        Assert.Equal("Spelling corrected: “coopration” as “cooperation” and “organisation” as “organization”; the other words as typed.", Html.Folded(note.TextContent));
        Assert.Equal(["cooperation", "organization"], note.QuerySelectorAll("strong").Select(s => s.TextContent));
        Assert.Contains("/paper/platforms/2", page.QuerySelector("li.result h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("div.zero"));
    }

    [Fact]
    public async Task CorrectedWordsFoundApartAreListedAsCorrected()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("is china agianst militery alliances"));
        Assert.Contains("“agianst” as “against” and “militery” as “military”", Html.Folded(page.QuerySelector("p.corrected-words")!.TextContent), StringComparison.Ordinal);
        var zero = page.QuerySelector("div.zero") ?? throw new Xunit.Sdk.XunitException("no div.zero");
        Assert.DoesNotContain("militery", zero.TextContent, StringComparison.Ordinal);
        Assert.Contains("military", zero.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryEveryWordOfWhichWasCorrectedIsSaidByTheCountAlone()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=sanctoins");
        Assert.Null(page.QuerySelector("p.corrected-words"));
        Assert.Contains("sanctions", page.QuerySelector("p.count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiListsTheWordsCorrected()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("rol of shanghai coopration organisation")));
        Assert.Equal([("coopration", "cooperation"), ("organisation", "organization")],
            json.RootElement.GetProperty("correctedWords").EnumerateArray().Select(w => (w.GetProperty("typed").GetString(), w.GetProperty("corrected").GetString())));
        Assert.Equal(["rol"], json.RootElement.GetProperty("answeredWithout").EnumerateArray().Select(w => w.GetString()));
        using var right = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=sanctions"));
        Assert.Empty(right.RootElement.GetProperty("correctedWords").EnumerateArray());
    }
}
