using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A query answered without its word found nowhere ("disagreements between countries over the sea") says so where the
/// count stands — the word named, the words searched instead linked as a search of their own — and marks only words
/// found; the API names the same word (<c>answeredWithout</c>) and the words searched (<c>withoutAbsent</c>).
/// </summary>
[Collection(RealSite.Name)]
public partial class AnsweredWithoutAbsentPageTests(PortalFactory factory)
{
    private const string Query = "disagreements between countries over the sea";

    [Fact]
    public async Task TheCountNamesTheWordLeftOutAndLinksTheSearchOfTheRest()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(Query));
        var count = page.QuerySelector("p.count") ?? throw new Xunit.Sdk.XunitException("no p.count");
        var said = Said().Match(Html.Folded(count.TextContent));
        Assert.True(said.Success, count.TextContent);
        Assert.Equal("disagreements", said.Groups["word"].Value);
        Assert.Equal("countries sea", said.Groups["rest"].Value);
        var link = count.QuerySelector("a.without-absent") ?? throw new Xunit.Sdk.XunitException("no a.without-absent");
        Assert.Equal("/search?q=" + Uri.EscapeDataString("countries sea"), link.GetAttribute("href"));
        using var rest = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=countries+sea"));
        Assert.Equal(rest.RootElement.GetProperty("total").GetInt32(), int.Parse(said.Groups["total"].Value));
        // Marks only on words found; the first result is priority 11.
        Assert.DoesNotContain(page.QuerySelectorAll("li.result mark"), m => m.TextContent.Contains("disagree", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(page.QuerySelectorAll("li.result mark"));
        Assert.Contains("/paper/priorities/11", page.QuerySelector("li.result h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("div.zero"));
    }

    /// <summary>
    /// Review 23's D3 (the twenty-ninth turn): beside a subject of several words ("cyber attacks"), the word found
    /// nowhere is left out and named as in any query, where the page found nothing and listed the words one by one.
    /// </summary>
    [Fact]
    public async Task AWordFoundNowhereBesideASubjectOfSeveralWordsIsNamedAndTheSubjectAnswers()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("hackers and cyber attacks"));
        var count = page.QuerySelector("p.count") ?? throw new Xunit.Sdk.XunitException("no p.count");
        var said = Said().Match(Html.Folded(count.TextContent));
        Assert.True(said.Success, count.TextContent);
        Assert.Equal("hackers", said.Groups["word"].Value);
        Assert.Equal("cyber attacks", said.Groups["rest"].Value);
        Assert.Contains("/paper/priorities/13", page.QuerySelector("li.result h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("li.result mark"), m => m.TextContent.Contains("hacker", StringComparison.OrdinalIgnoreCase));
        Assert.Null(page.QuerySelector("div.zero"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=hackers+and+cyber+attacks"));
        Assert.Equal(["hackers"], json.RootElement.GetProperty("answeredWithout").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task TheApiNamesTheSameWord()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(Query)));
        Assert.Equal(["disagreements"], json.RootElement.GetProperty("answeredWithout").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("countries sea", json.RootElement.GetProperty("withoutAbsent").GetProperty("query").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        using var asTyped = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=bloc+confrontation+NATO"));
        Assert.Empty(asTyped.RootElement.GetProperty("answeredWithout").EnumerateArray());
        Assert.Equal(0, asTyped.RootElement.GetProperty("total").GetInt32());
    }

    [GeneratedRegex(@"^No passage mentions “(?<word>[^”]+)”\. Showing (?<total>\d+) results?(?: by their words| by its words)? for “(?<rest>[^”]+)”")]
    private static partial Regex Said();
}
