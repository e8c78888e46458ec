using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// Where the strict search did not require a common word ("cooperation" beside "counter terrorism"), the page says so,
/// and how many results lack it: the count is checked against the search that requires it (quoted, a word is required).
/// The API says the same of the same word (<c>commonNotRequired</c>).
/// </summary>
[Collection(RealSite.Name)]
public partial class NotRequiredNoticeTests(PortalFactory factory)
{
    [Fact]
    public async Task ThePageSaysWhichWordWasNotRequiredAndHowManyResultsLackIt()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("counter terrorism cooperation"));
        var note = page.QuerySelector("p.not-required") ?? throw new Xunit.Sdk.XunitException("no p.not-required");
        var said = Said().Match(Html.Folded(note.TextContent));
        Assert.True(said.Success, note.TextContent);
        var all = await Total(client, "counter terrorism cooperation");
        var holding = await Total(client, "counter terrorism \"cooperation\"");
        Assert.Equal(all, int.Parse(said.Groups["total"].Value));
        Assert.Equal(all - holding, int.Parse(said.Groups["lacking"].Value));
        Assert.True(holding > 0 && holding < all, $"{holding} of {all}");
    }

    [Fact]
    public async Task TheApiNamesTheSameWordWithTheSameCounts()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("counter terrorism cooperation"));
        var said = Said().Match(Html.Folded(page.QuerySelector("p.not-required")!.TextContent));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("counter terrorism cooperation")));
        var word = Assert.Single(json.RootElement.GetProperty("commonNotRequired").EnumerateArray());
        Assert.Equal("cooperation", word.GetProperty("text").GetString());
        Assert.Equal(int.Parse(said.Groups["units"].Value), word.GetProperty("units").GetInt32());
        Assert.Equal(int.Parse(said.Groups["lacking"].Value), word.GetProperty("lacking").GetInt32());
        Assert.Equal(int.Parse(said.Groups["total"].Value), json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AQueryWhoseWordsAreAllRequiredHasNoSuchNote()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("cold war mentality"));
        Assert.Null(page.QuerySelector("p.not-required"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("cold war mentality")));
        Assert.Empty(json.RootElement.GetProperty("commonNotRequired").EnumerateArray());
    }

    [Fact]
    public async Task AWordNotRequiredOfTheItemFiledUnderTheSubjectIsSaidSoOnThePageAndInTheApi()
    {
        // Review 24 D4: priority 12 (indexed under "counter-terrorism") stands without "cooperation"; the note gives that
        // reason, not commonness, and counts the results lacking the word as the quoted word's search does.
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("terrorism cooperation"));
        var note = page.QuerySelector("p.not-required") ?? throw new Xunit.Sdk.XunitException("no p.not-required");
        var said = FiledSaid().Match(Html.Folded(note.TextContent));
        Assert.True(said.Success, note.TextContent);
        var all = await Total(client, "terrorism cooperation");
        var holding = await Total(client, "terrorism \"cooperation\"");
        Assert.Equal(all, int.Parse(said.Groups["total"].Value));
        Assert.Equal(all - holding, int.Parse(said.Groups["lacking"].Value));
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("/paper/priorities/12", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("terrorism cooperation")));
        var word = Assert.Single(json.RootElement.GetProperty("commonNotRequired").EnumerateArray());
        Assert.True(word.GetProperty("filedUnderSubject").GetBoolean());
        Assert.Equal(all - holding, word.GetProperty("lacking").GetInt32());
    }

    [Fact]
    public async Task WordsLackedByAsManyResultsAreNamedTogetherOnce()
    {
        // "pandemics as a security threat": priority 17 lacks both "security" and "threat"; one sentence names both.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("pandemics as a security threat"));
        var note = Html.Folded(page.QuerySelector("p.not-required")!.TextContent);
        Assert.Matches(@"^“security” and “threat” were not required of the passages indexed under the search’s subject: 1 of the \d+ results does not hold them\.$", note);
        Assert.Contains(page.QuerySelectorAll("ol.results li.result h2 a"), a => a.GetAttribute("href")!.StartsWith("/paper/priorities/17", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"“cooperation” was not required of the passages indexed under the search’s subject: (?<lacking>\d+) of the (?<total>\d+) results do(es)? not hold it")]
    private static partial Regex FiledSaid();

    private static async Task<int> Total(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    [GeneratedRegex(@"“cooperation” is in (?<units>\d+) passages, so it was not required: (?<lacking>\d+) of the (?<total>\d+) results do(es)? not hold it")]
    private static partial Regex Said();
}
