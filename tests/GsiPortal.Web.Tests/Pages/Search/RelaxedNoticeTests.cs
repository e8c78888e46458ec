using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A relaxed answer's note is true of the results shown. "how will china host dialogues and forums" said "Showing
/// results that hold at least 1 of: china, host, dialogues, forums" over two results, while "china" alone finds 73:
/// the weight floor leaves out passages holding fewer or commoner words, and the note read as if every passage holding
/// one were shown (a fresh-eyes review). The note is read from the page and checked against each word's own search:
/// how many words each result holds, how many passages holding some of them are left out, and each word's count.
/// </summary>
[Collection(RealSite.Name)]
public partial class RelaxedNoticeTests(PortalFactory factory)
{
    [Theory]
    [InlineData("how will china host dialogues and forums", "p.relaxed")]
    [InlineData("role of the security council in solving conflicts", "p.relaxed")]
    [InlineData("how much money does the initiative cost", "p.relaxed")]
    [InlineData("maritime piracy robbery giraffes", "p.relaxed")]
    [InlineData("nuclear war", "p.relaxed-more")]
    public async Task TheNoteSaysWhatIsTrueOfTheResultsShownAndHowManyAreLeftOut(string query, string selector)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, $"/search?q={Uri.EscapeDataString(query)}");
        var note = page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} for “{query}”");
        var text = Html.Folded(note.TextContent);
        var shown = await Ids(client, $"/api/search?q={Uri.EscapeDataString(query)}");
        Assert.True(shown.Count <= 10, "the results fill one page");
        Assert.Equal(shown.Count, page.QuerySelectorAll("li.result").Length);

        // Each word on its own: the note's count is the word's own search's, and its link that search.
        var words = new Dictionary<string, HashSet<string>>();
        var each = note.QuerySelectorAll("a.alone").ToList();
        Assert.NotEmpty(each);
        foreach (var link in each)
        {
            var counted = int.Parse(CountOf().Match(link.NextElementSibling!.TextContent).Groups[1].Value);
            var ids = await Ids(client, "/api" + link.GetAttribute("href"));
            Assert.Equal(counted, ids.Count);
            words[link.TextContent] = ids;
        }

        // What each result holds: at least as many of the words as the note says (a word found nowhere holds none).
        var least = LeastOf().Match(text);
        Assert.True(least.Success, text);
        var listed = note.QuerySelectorAll("strong").Select(s => s.TextContent).Where(w => !words.ContainsKey(w)).Concat(words.Keys).Distinct().Count();
        var atLeast = least.Groups["n"].Success ? int.Parse(least.Groups["n"].Value) : least.Value.Contains("all but one") ? listed - 1 : 1;
        foreach (var id in shown)
            Assert.True(words.Values.Count(w => w.Contains(id)) >= atLeast, $"{id} holds fewer than {atLeast} of the words: {text}");

        // Left out: the passages holding one or more of the words that are not shown. Counted, not taken on trust.
        var holding = words.Values.SelectMany(w => w).ToHashSet();
        var leftOut = holding.Count(id => !shown.Contains(id));
        Assert.True(leftOut > 0, $"every passage holding a word is shown for “{query}”");
        Assert.Contains($"Left out: {leftOut} other passage{(leftOut == 1 ? "" : "s")}", text);
        Assert.Contains("match", text);
    }

    /// <summary>
    /// A word dropped: no passage holds "regime" and "change" together, and the answer is the one holding "regime" (the
    /// rarer). The note said only "Showing results without requiring: change", over one result, as if "change" were in no
    /// other passage (review 20, D9); it now counts the passages holding only the dropped word as left out, and links
    /// each word's own search. Counted here from those searches, not taken on trust. The question's note said nothing of
    /// others, and a test held that nothing was left out, where "China" alone is in 73 passages not shown.
    /// </summary>
    [Theory]
    [InlineData("regime change", "Showing results without requiring: change.")]
    [InlineData("how does China want disputes over trans-boundary rivers handled", "Showing results without requiring: how, does, want, China.")]
    public async Task ADroppedWordsPassagesAreCountedAsLeftOut(string query, string dropped)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(query));
        var note = page.QuerySelector("p.relaxed")!;
        var text = Html.Folded(note.TextContent);
        Assert.Contains(dropped, text);
        var shown = await Ids(client, "/api/search?q=" + Uri.EscapeDataString(query));
        var holding = new HashSet<string>();
        var each = note.QuerySelectorAll("a.alone").ToList();
        Assert.NotEmpty(each);
        foreach (var link in each)
        {
            var ids = await Ids(client, "/api" + link.GetAttribute("href"));
            Assert.Equal(int.Parse(CountOf().Match(link.NextElementSibling!.TextContent).Groups[1].Value), ids.Count);
            holding.UnionWith(ids);
        }
        var leftOut = holding.Count(id => !shown.Contains(id));
        Assert.True(leftOut > 0);
        Assert.Contains($"Left out: {leftOut} other passage{(leftOut == 1 ? "" : "s")}", text);
    }

    /// <summary>Every result of a search (all its pages), by id.</summary>
    private static async Task<HashSet<string>> Ids(HttpClient client, string address)
    {
        var ids = new HashSet<string>();
        for (var number = 1; ; number++)
        {
            var response = await client.GetAsync($"{address}&page={number}");
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var results = json.GetProperty("results");
            foreach (var r in results.EnumerateArray()) ids.Add(r.GetProperty("id").GetString()!);
            if (results.GetArrayLength() == 0 || ids.Count >= json.GetProperty("total").GetInt32()) return ids;
        }
    }

    [GeneratedRegex(@"\((\d+) results?\)")]
    private static partial Regex CountOf();

    [GeneratedRegex(@"(holds|holding) (one or more|all but one|at least (?<n>\d+)) of|holding (?!at least|all but)")]
    private static partial Regex LeastOf();
}
