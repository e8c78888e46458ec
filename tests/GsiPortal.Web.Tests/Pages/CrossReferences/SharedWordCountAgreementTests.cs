using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Pages.CrossReferences;

/// <summary>
/// One count of shared words for a commentary paragraph and an item, the same on every surface (issue 23: Lei Kezhong
/// ¶4 on commitment 6 was "29 words" on the item panel and the compare page, "shares 11 words" side by side, and 16
/// and 11 in the API): the item panel, the compare page, the passages page, the side-by-side page and the API.
/// </summary>
[Collection(RealSite.Name)]
public partial class SharedWordCountAgreementTests(PortalFactory factory)
{
    [GeneratedRegex(@"^\((?<n>\d+)\swords")]
    private static partial Regex PanelCount();

    [GeneratedRegex(@"· (?<n>\d+) shared words")]
    private static partial Regex CompareCount();

    [GeneratedRegex(@"\((?<n>\d+) words\)$")]
    private static partial Regex ListedCount();

    [GeneratedRegex(@"^¶(?<p>[\d.]+) · (?<n>\d+) words in common with ")]
    private static partial Regex PassagesCount();

    [GeneratedRegex(@"^¶(?<p>[\d.]+) · shares (?<n>\d+) words with ")]
    private static partial Regex PairCount();

    [Fact]
    public async Task EveryParagraphSharingAnItemsWordingIsGivenOneCountOnEverySurface()
    {
        var client = factory.CreateClient();
        var commentaries = JsonDocument.Parse(await client.GetStringAsync("/api/coverage")).RootElement.GetProperty("commentaries")
            .EnumerateArray().Select(c => c.GetString()!).ToList();
        var (_, coverage) = await Html.Get(client, "/coverage");
        var items = coverage.QuerySelectorAll("#coverage-table tbody tr th a").Select(a => a.GetAttribute("href")!)
            .Where(href => Regex.IsMatch(href, @"^/paper/[a-z]+/\d+$")).ToList();
        Assert.True(items.Count >= 31, $"{items.Count} items");
        var compared = 0;
        foreach (var item in items)
        {
            // The API: the count of the paragraph, the same on each of its passages, and at least each passage's own.
            var links = JsonDocument.Parse(await client.GetStringAsync($"/api{item}/links")).RootElement.GetProperty("sharedWording").EnumerateArray().ToList();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal); // "lei-kezhong/p4" → words
            foreach (var byParagraph in links.GroupBy(l => $"{l.GetProperty("document").GetString()}/{l.GetProperty("paragraph").GetString()}"))
            {
                var counts = byParagraph.Select(l => l.GetProperty("paragraphSharedWords").GetInt32()).Distinct().ToList();
                var n = Assert.Single(counts);
                Assert.All(byParagraph, l => Assert.True(l.GetProperty("sharedWords").GetInt32() <= n, $"{item} {byParagraph.Key}: a passage counts more than its paragraph"));
                Assert.True(byParagraph.Sum(l => l.GetProperty("sharedWords").GetInt32()) >= n, $"{item} {byParagraph.Key}");
                expected[byParagraph.Key] = n;
            }

            // The item page's panel: "¶4 (27 words in 2 places)", a no-break space after the number.
            var (_, itemPage) = await Html.Get(client, item);
            var panel = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in itemPage.QuerySelectorAll(".item-links .shared-list a[href^='/commentaries/']"))
                if (a.NextElementSibling is { LocalName: "small" } small && PanelCount().Match(small.TextContent) is { Success: true } m)
                    panel[Key(a.GetAttribute("href")!)] = int.Parse(m.Groups["n"].Value);
            Assert.Equal(expected.OrderBy(e => e.Key), panel.OrderBy(e => e.Key));

            // The compare page: "· 27 shared words" over a passage set out, "(3 words)" after one listed.
            var (_, compare) = await Html.Get(client, item.Replace("/paper/", "/compare/"));
            var onCompare = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in compare.QuerySelectorAll("section.comparison"))
                onCompare[Key(section.QuerySelector("h2 a")!.GetAttribute("href")!)] = int.Parse(CompareCount().Match(section.QuerySelector(".where")!.TextContent).Groups["n"].Value);
            foreach (var li in compare.QuerySelectorAll("#few-words ~ ul li"))
                onCompare[Key(li.QuerySelector("a")!.GetAttribute("href")!)] = int.Parse(ListedCount().Match(li.TextContent.Trim()).Groups["n"].Value);
            Assert.Equal(expected.OrderBy(e => e.Key), onCompare.OrderBy(e => e.Key));

            // The passages page: every excerpt of a paragraph gives the paragraph's count.
            var (_, passages) = await Html.Get(client, item + "/passages");
            foreach (var caption in passages.QuerySelectorAll("figure.passage:not(.discussing) figcaption"))
            {
                var m = PassagesCount().Match(Text(caption));
                Assert.True(m.Success, caption.TextContent);
                Assert.Equal(expected[Key(caption.QuerySelector("a")!.GetAttribute("href")!)], int.Parse(m.Groups["n"].Value));
            }

            // Side by side, every commentary in some pair: each passage sharing wording gives its paragraph's count.
            foreach (var (a, b) in commentaries.Chunk(2).Select(p => (p[0], p.Length > 1 ? p[1] : commentaries[0])))
            {
                var (_, pair) = await Html.Get(client, $"{item}/commentaries?a={a}&b={b}");
                foreach (var caption in pair.QuerySelectorAll(".pair-side figcaption"))
                    if (PairCount().Match(Text(caption)) is { Success: true } m)
                    {
                        Assert.Equal(expected[Key(caption.QuerySelector("a")!.GetAttribute("href")!)], int.Parse(m.Groups["n"].Value));
                        compared++;
                    }
            }
        }
        Assert.True(compared >= 20, $"only {compared} side-by-side captions compared");
    }

    [Fact]
    public async Task LeiKezhongsFourthParagraphOnCommitmentSixIsOneCountOfTheWordsTheSame()
    {
        var client = factory.CreateClient();
        var links = JsonDocument.Parse(await client.GetStringAsync("/api/paper/commitments/6/links")).RootElement.GetProperty("sharedWording")
            .EnumerateArray().Where(l => l.GetProperty("document").GetString() == "lei-kezhong" && l.GetProperty("paragraph").GetString() == "p4").ToList();
        Assert.Equal(2, links.Count);
        var each = links.Select(l => l.GetProperty("sharedWords").GetInt32()).ToList();
        // Two passages on different words of the paper: the paragraph's count is their sum, the near match's changed words not counted.
        Assert.All(links, l => Assert.Equal(each.Sum(), l.GetProperty("paragraphSharedWords").GetInt32()));
        var (_, pair) = await Html.Get(client, "/paper/commitments/6/commentaries?a=lei-kezhong&b=dong-chunling");
        Assert.Contains(pair.QuerySelectorAll(".pair-side figcaption"), f => Text(f).StartsWith($"¶4 · shares {each.Sum()} words with Commitment 6", StringComparison.Ordinal));
        var (_, itemPage) = await Html.Get(client, "/paper/commitments/6");
        Assert.Contains($"({each.Sum()} words in 2 places)", Text(itemPage.QuerySelector(".item-links")!));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Text(AngleSharp.Dom.IElement element) => Space().Replace(element.TextContent, " ").Trim();

    /// <summary>"/commentaries/lei-kezhong#p4" → "lei-kezhong/p4", as the API names a paragraph.</summary>
    private static string Key(string href)
    {
        var path = href.Split('#');
        return $"{path[0]["/commentaries/".Length..]}/{path[1]}";
    }
}
