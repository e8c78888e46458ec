using System.Text.Json;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Passages found by meaning are shown apart from the keyword results and said to be so, on the page and in the API,
/// where they are asked for (the page's meaning section, <c>meaning=show</c>, <c>/api/search/meaning</c>): the keyword
/// answer never waits for the model (MeaningSectionTests). With the setting off (the test hosts' default) there are
/// none. One host with the path on, waited for until its passages are embedded (the model loads once per test process).
/// </summary>
public sealed class FoundByMeaningTests : IClassFixture<FoundByMeaningTests.MeaningSite>, IClassFixture<PortalFactory>
{
    /// <summary>"Israel" and "peace between" are in no passage; priority 7 is on the Palestinian question.</summary>
    private const string Query = "peace between Israel and Palestine";

    private readonly MeaningSite on;
    private readonly PortalFactory off;

    public FoundByMeaningTests(MeaningSite on, PortalFactory off) => (this.on, this.off) = (on, off);

    public sealed class MeaningSite : PortalFactory
    {
        public MeaningSite() => Settings["Portal:MeaningSearch"] = "true";
    }

    private async Task<HttpClient> ReadyClient()
    {
        var client = on.CreateClient();
        // The first edition is built in the background: wait for it, then for its passages' vectors (no timer raced).
        using var lease = await on.Services.GetRequiredService<ContentStore>().LeaseAsync(CancellationToken.None);
        await on.Services.GetRequiredService<PortalMeaning>().Prepare(lease!.Edition);
        return client;
    }

    /// <summary>
    /// Review 21, D4: a misspelt query searched as corrected was asked of the model as typed ("No passage stands out by
    /// meaning for 'artifical inteligence rules'"). The section now names the words it asked, the corrected ones.
    /// </summary>
    [Fact]
    public async Task TheMeaningSectionOfACorrectedQuerySaysItReadTheCorrection()
    {
        var (_, page) = await Html.Get(await ReadyClient(), "/search?meaning=show&q=artifical+inteligence+rules");
        var note = page.QuerySelector("section.by-meaning [role=note]")!.TextContent;
        Assert.Contains("“artificial intelligence rules” (the words as corrected)", note);
        Assert.DoesNotContain("artifical", note);
    }

    [Fact]
    public async Task ThePageShowsThePassageUnderFoundByMeaningAndSaysHowItWasFound()
    {
        var (_, page) = await Html.Get(await ReadyClient(), "/search?meaning=show&q=" + Uri.EscapeDataString(Query));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        Assert.Equal("Found by meaning", section!.QuerySelector("h2")!.TextContent.Trim());
        var note = section.QuerySelector("[role=note]")!.TextContent;
        Assert.StartsWith("Found by meaning:", note.Trim());
        Assert.Contains("language model", note);
        Assert.Contains(Query, note);
        // The site's note, not the editors' words: a model chose the passages (the footer keys the editors' style to them).
        Assert.DoesNotContain("editors", section.QuerySelector("[role=note]")!.ClassList);
        Assert.Contains("site-note", section.QuerySelector("[role=note]")!.ClassList);
        var first = section.QuerySelector("li.result h2 a")!;
        Assert.StartsWith("/paper/priorities/7", first.GetAttribute("href"));
        Assert.Contains("Priority 7", first.TextContent);
        // The passage need not hold the words; those it holds are marked as the words' own results mark them.
        Assert.Equal(["Palestinian", "peace", "Palestinian"], section.QuerySelectorAll("li.result mark").Select(m => m.TextContent));
        // The keyword results say what they found (nothing), apart from it.
        Assert.StartsWith("0 results", page.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheApiListsItInFoundByMeaningNotAmongTheResults()
    {
        var json = JsonDocument.Parse(await (await ReadyClient()).GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(Query))).RootElement;
        Assert.Equal(0, json.GetProperty("results").GetArrayLength());
        Assert.Equal("paper/priority-7", json.GetProperty("foundByMeaning")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("foundByMeaningUrl").ValueKind);
    }

    [Fact]
    public async Task WhereTheWordsAndTheModelAgreeOnAPassageNeitherCouldShowAloneItIsFoundByMeaning()
    {
        // "getting rid of landmines": the words find nothing ("rid" held 45 % of the weight; priority 4 holds "demining"
        // only), and the model's nearest passage, priority 4, does not stand out; the two agree (the eleventh turn).
        const string agreed = "getting rid of landmines";
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(agreed))).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(["paper/priority-4"], json.GetProperty("foundByMeaning").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(agreed));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        Assert.StartsWith("Found by meaning:", section!.QuerySelector("[role=note]")!.TextContent.Trim());
        Assert.StartsWith("/paper/priorities/4", section.QuerySelector("li.result h2 a")!.GetAttribute("href"));
        Assert.Single(section.QuerySelectorAll("li.result"));
        // Shown by its sentence on demining, which holds the words, "demining" marked as searched for "landmines" (a
        // reader's review found it unmarked, as if the passage did not hold what was asked).
        Assert.Contains("demining", section.QuerySelector("li.result")!.TextContent);
        Assert.Equal(["demining"], section.QuerySelectorAll("li.result mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task TheCountLeadsToThePassagesFoundByMeaning()
    {
        // Below "No passage holds all of these words. Each on its own: getting, rid, landmines", a reviewer took the
        // page for empty and never reached priority 4 beneath it: the count at the top now leads there.
        var client = await ReadyClient();
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString("getting rid of landmines"));
        var link = page.QuerySelector("p.count a[href='#by-meaning']")!;
        Assert.Equal("1 found by meaning", link.TextContent);
        Assert.NotNull(page.GetElementById("by-meaning")?.Closest("section.by-meaning"));
    }

    [Fact]
    public async Task WhereThePassageLacksOnlyWordsNearWordsItHoldsItIsFoundByMeaning()
    {
        // "earthquakes and floods in the Pacific": the words find nothing, the model's nearest passage (priority 10)
        // does not stand out, and the words' nearest unit is not offered; priority 10 holds "Pacific", and "disasters"
        // is among the words of the texts nearest "earthquakes" (the twelfth turn).
        const string covered = "earthquakes and floods in the Pacific";
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(covered))).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(["paper/priority-10"], json.GetProperty("foundByMeaning").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(covered));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        Assert.StartsWith("Found by meaning:", section!.QuerySelector("[role=note]")!.TextContent.Trim());
        Assert.StartsWith("/paper/priorities/10", Assert.Single(section.QuerySelectorAll("li.result h2 a")).GetAttribute("href"));
        Assert.Equal(["Pacific island", "Pacific island", "Pacific"], section.QuerySelectorAll("li.result mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task WhereWordNetPutsWordsThePassageHoldsNearTheOnesItLacksItIsFoundByMeaning()
    {
        // "illegal drugs": the words find nothing (nothing says "illegal"), and neither the mark nor the words' nearest
        // unit speaks; priority 19 holds "drugs", and WordNet puts its "crime" near "illegal", which the model's
        // nearest words of the texts do not cover (the thirteenth turn).
        const string covered = "illegal drugs";
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(covered))).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(["paper/priority-19"], json.GetProperty("foundByMeaning").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(covered));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        Assert.StartsWith("Found by meaning:", section!.QuerySelector("[role=note]")!.TextContent.Trim());
        Assert.StartsWith("/paper/priorities/19", Assert.Single(section.QuerySelectorAll("li.result h2 a")).GetAttribute("href"));
        Assert.Equal(["drug", "drug", "drug", "drugs"], section.QuerySelectorAll("li.result mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task WhereTheModelsThreeViewsAgreeAPassageHoldingLessOfTheWordsIsFoundByMeaning()
    {
        // "safe labs for dangerous germs": priority 14 holds 0.247 of the weight, under the twelfth turn's bar, and is the
        // model's nearest passage by its own vector, by its best sentence and by both together (the fourteenth turn).
        const string agreed = "safe labs for dangerous germs";
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(agreed))).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(["paper/priority-14"], json.GetProperty("foundByMeaning").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(agreed));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        Assert.StartsWith("Found by meaning:", section!.QuerySelector("[role=note]")!.TextContent.Trim());
        Assert.StartsWith("/paper/priorities/14", Assert.Single(section.QuerySelectorAll("li.result h2 a")).GetAttribute("href"));
    }

    [Fact]
    public async Task AQuestionAskingForANumberIsNotAnsweredByMeaningWithAPassageCountingNothing()
    {
        // Dong Chunling ¶10 holds "Ukraine" and "war" and is the model's nearest passage, but states no number (the
        // fourteenth turn); before, the API and the page offered it as found by meaning.
        const string died = "how many people have died in the Ukraine war";
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(died))).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("foundByMeaning").EnumerateArray());
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(died));
        Assert.Empty(page.QuerySelectorAll("section.by-meaning li.result"));
    }

    /// <summary>
    /// The words find units on the goals, none holding "meeting" too; by meaning priority 20 stands out. ("is the UN
    /// Charter out of date" was this query until review 24's D4: commitment 3, filed under "UN Charter", is now found
    /// by its words without "date".)
    /// </summary>
    private const string PartlyWorded = "meeting the UN sustainable development goals";

    [Fact]
    public async Task WhereNoResultHoldsEveryWordThePassagesFoundByMeaningComeFirstAndSaySo()
    {
        var (_, page) = await Html.Get(await ReadyClient(), "/search?meaning=show&q=" + Uri.EscapeDataString(PartlyWorded));
        var section = page.QuerySelector("section.by-meaning");
        Assert.NotNull(section);
        var keywordResults = page.QuerySelector("ol.results:not(.by-meaning-results)");
        Assert.NotNull(keywordResults);
        // Before the keyword results in the page's order, still headed and noted as found by meaning.
        Assert.True(section!.CompareDocumentPosition(keywordResults!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal("Found by meaning", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("shown first, since no result holds every word", section.QuerySelector("[role=note]")!.TextContent);
        Assert.StartsWith("/paper/priorities/20", section.QuerySelector("li.result h2 a")!.GetAttribute("href"));
        Assert.NotEmpty(keywordResults!.QuerySelectorAll("li.result"));
        Assert.Equal("Found by their words", page.QuerySelector("h2.by-words")!.TextContent.Trim());
        var json = JsonDocument.Parse(await (await ReadyClient()).GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(PartlyWorded))).RootElement;
        Assert.True(json.GetProperty("foundByMeaningFirst").GetBoolean());
        Assert.Equal("paper/priority-20", json.GetProperty("foundByMeaning")[0].GetProperty("id").GetString());
        Assert.True(json.GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheCountSaysHowManyWereFoundByTheirWordsAndHowManyByMeaning()
    {
        var client = await ReadyClient();
        var (_, page) = await Html.Get(client, "/search?meaning=show&q=" + Uri.EscapeDataString(PartlyWorded));
        var count = string.Join(' ', page.QuerySelector("[role=status]")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var byMeaning = page.QuerySelectorAll("section.by-meaning li.result").Length;
        var total = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(PartlyWorded))).RootElement.GetProperty("total").GetInt32();
        Assert.True(byMeaning > 0);
        Assert.StartsWith($"{total} result{(total == 1 ? " by its" : "s by their")} words for “{PartlyWorded}”", count);
        Assert.EndsWith($"; {byMeaning} found by meaning.", count);
    }

    [Fact]
    public async Task WhereTheWordsFoundNothingTheApiDoesNotPutMeaningFirst()
    {
        var json = JsonDocument.Parse(await (await ReadyClient()).GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(Query))).RootElement;
        Assert.False(json.GetProperty("foundByMeaningFirst").GetBoolean());
    }

    [Fact]
    public async Task WithTheSettingOffNothingIsFoundByMeaning()
    {
        var client = off.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(Query));
        Assert.Null(page.QuerySelector("section.by-meaning"));
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(Query))).RootElement;
        Assert.Equal(0, json.GetProperty("foundByMeaning").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("foundByMeaningUrl").ValueKind);
        Assert.False(off.Services.GetRequiredService<PortalMeaning>().Enabled);
        // The meaning endpoint is not there, rather than answer as if nothing were found, and the API's description omits it.
        var meaning = await client.GetAsync("/api/search/meaning?q=" + Uri.EscapeDataString(Query));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, meaning.StatusCode);
        Assert.Equal("application/problem+json", meaning.Content.Headers.ContentType!.MediaType);
        Assert.False(JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths").TryGetProperty("/api/search/meaning", out _));
    }

    [Fact]
    public async Task WithTheSettingOnTheApiDescribesTheMeaningEndpointAndItsBusyAnswer()
    {
        var paths = JsonDocument.Parse(await (await ReadyClient()).GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        var operation = paths.GetProperty("/api/search/meaning").GetProperty("get");
        // The same parameters as /api/search, each described.
        Assert.Equal(["doc", "kind", "page", "q"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
        Assert.All(operation.GetProperty("parameters").EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("description").GetString())));
        var busy = operation.GetProperty("responses").GetProperty("503");
        Assert.True(busy.GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(busy.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(operation.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
