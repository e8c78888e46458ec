using System.Text.Json;
using GsiPortal.Web.Api;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Review 20 (D1): once the page's script had asked for a query's passages found by meaning and none stood out, the
/// same address without script said nothing of meaning at all, and the API's answer had <c>foundByMeaningUrl</c> null and
/// empty <c>notes</c>: what a reader, a crawler or a program saw depended on whether someone had asked with script before.
/// Now every answer kept after the lookup says "none found by meaning".
/// </summary>
public sealed class NoneFoundByMeaningTests(MeaningSectionTests.GatedSite site) : IClassFixture<MeaningSectionTests.GatedSite>
{
    private const string Query = "big nations must not push around little ones";

    [Fact]
    public async Task AfterTheLookupThePageWithoutScriptAndTheApiSayNoneWasFound()
    {
        var client = await site.ReadyClient();
        var q = Uri.EscapeDataString(Query);
        // What the page's script asks for: the lookup, which finds nothing standing out.
        var (_, section) = await Html.Get(client, "/search?meaning=only&q=" + q);
        Assert.NotNull(section.QuerySelector(".by-meaning-none"));

        // The page as served without script, after it.
        var (_, page) = await Html.Get(client, "/search?q=" + q);
        Assert.Contains("none found by meaning", page.QuerySelector(".count")!.TextContent);
        Assert.Contains("No passage stands out by meaning", page.QuerySelector(".by-meaning-none")!.TextContent);

        // The API, after it: nothing more to ask for, and the note says why.
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + q)).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("foundByMeaningUrl").ValueKind);
        Assert.Contains(SearchApi.NoneFoundByMeaning, json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        var meaning = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + q)).RootElement;
        Assert.Contains(SearchApi.NoneFoundByMeaning, meaning.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
    }

    /// <summary>
    /// The twenty-ninth turn (review 23, D7): "what does china say about nato" showed three unrelated passages by
    /// meaning; now none, and the page and the API say why — NATO is in no passage — not that none stood out.
    /// </summary>
    [Fact]
    public async Task ForAWordFoundNowhereThePageAndTheApiNameItAsWhyNoneIsShown()
    {
        var client = await site.ReadyClient();
        var q = Uri.EscapeDataString("what does china say about nato");
        var (_, section) = await Html.Get(client, "/search?meaning=only&q=" + q);
        var none = section.QuerySelector(".by-meaning-none") ?? throw new Xunit.Sdk.XunitException("no .by-meaning-none");
        Assert.Contains("No passage mentions “nato”", Html.Folded(none.TextContent));
        Assert.DoesNotContain("stands out", none.TextContent);
        Assert.Empty(section.QuerySelectorAll("section.by-meaning li.result"));
        var meaning = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + q)).RootElement;
        Assert.Empty(meaning.GetProperty("foundByMeaning").EnumerateArray());
        var notes = meaning.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains(notes, n => n!.StartsWith("None found by meaning: no passage mentions “nato”", StringComparison.Ordinal));
        Assert.DoesNotContain(SearchApi.NoneFoundByMeaning, notes);
    }
}
