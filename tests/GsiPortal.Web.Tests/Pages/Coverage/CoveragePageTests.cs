using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Coverage;

/// <summary>The coverage matrix and its heat map.</summary>
[Collection(RealSite.Name)]
public class CoveragePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheCoverageTableHasARowPerPassageOfThePaperAndAColumnPerCommentaryWithAHeatMapBesideIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        var table = page.QuerySelector("#coverage-table")!;
        // 31 items, Part I, Part II's closing passage, Part III's introduction, Part IV's closing passage.
        Assert.Equal(35, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(1 + 4, table.QuerySelectorAll("thead th").Length);
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(4, row.QuerySelectorAll("td").Length));
        var svg = page.QuerySelector("svg.heatmap")!;
        // A group of links (its cells), labelled by its title and description; an image could hold no links.
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Contains("coverage-table", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(35 * 4, svg.QuerySelectorAll("rect").Length);
        // Readable without colour: each cell says what it is in words.
        Assert.Contains(table.QuerySelectorAll("td"), td => td.TextContent.Contains("shared wording, "));
    }

    /// <summary>
    /// Lei Kezhong wrote in June 2022, before the paper: his shared wording cannot restate or echo it, so his cells
    /// say "parallels" or "overlaps"; the commentaries written after it may "restate".
    /// </summary>
    [Fact]
    public async Task ACommentaryWrittenBeforeThePaperIsNeverSaidToRestateOrEchoIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        var authors = page.QuerySelectorAll("#coverage-table thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var lei = authors.FindIndex(a => a.Contains("Lei"));
        var svg = page.QuerySelector("svg.heatmap")!;
        // The SVG's word texts, one per cell that has a word; a cell's column is read from its x against the rects'.
        var columnXs = svg.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var words = svg.QuerySelectorAll("text.mark").Select(t => (Column: columnXs.FindLastIndex(x => x <= double.Parse(t.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture)), Word: t.TextContent)).ToList();
        var leis = words.Where(w => w.Column == lei).Select(w => w.Word).ToList();
        Assert.Contains("parallels", leis);
        Assert.DoesNotContain("restates", leis);
        Assert.DoesNotContain("echoes", leis);
        Assert.Contains(words, w => w.Column != lei && w.Word == "restates");
    }

    [Fact]
    public async Task EachHeatMapCellLeadsWhereItsTableCellDoesOutOfTheTabOrder()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        var tableLinks = page.QuerySelectorAll("#coverage-table tbody td").Select(td => td.QuerySelector("a")?.GetAttribute("href")).ToList();
        // In the SVG, a cell's rect sits inside its link, or stands bare when the commentary does not take the item up.
        var cellLinks = page.QuerySelectorAll("svg.heatmap rect").Select(r => r.ParentElement!.LocalName == "a" ? r.ParentElement.GetAttribute("href") : null).ToList();
        Assert.Equal(tableLinks, cellLinks);
        Assert.Contains(cellLinks, l => l is not null);
        Assert.Contains(cellLinks, l => l is null);
        Assert.All(page.QuerySelectorAll("svg.heatmap a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
    }

    [Fact]
    public async Task EveryChartHasATextAlternative()
    {
        foreach (var address in new[] { "/coverage", "/terms/indivisible-security", "/terms/au" })
        {
            var (_, page) = await Html.Get(factory.CreateClient(), address);
            foreach (var svg in page.QuerySelectorAll("svg"))
            {
                Assert.Equal(svg.ClassList.Contains("heatmap") ? "group" : "img", svg.GetAttribute("role"));
                Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
                var tableId = System.Text.RegularExpressions.Regex.Match(svg.QuerySelector("desc")!.TextContent, @"id ([\w-]+)").Groups[1].Value;
                Assert.NotNull(page.GetElementById(tableId));
                Assert.Equal("table", page.GetElementById(tableId)!.LocalName);
            }
        }
    }

    [Fact]
    public async Task RowsCarryTheItemHeadingsAndColumnsTheAuthorsAsTheCommentariesListNamesThem()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/coverage");
        var rows = page.QuerySelectorAll("#coverage-table tbody th[scope=row]").ToList();
        Assert.Equal("Indivisible security; legitimate concerns of all", rows.Single(r => r.QuerySelector("a")!.TextContent == "Commitment 4").QuerySelector(".row-heading .editors")!.TextContent);
        var priority5 = rows.Single(r => r.QuerySelector("a")!.TextContent == "Priority 5");
        Assert.Equal("Hotspots and the Ukraine crisis", priority5.QuerySelector(".row-heading .editors")!.TextContent);
        var (_, list) = await Html.Get(client, "/commentaries");
        var authors = list.QuerySelectorAll(".commentary-cards .byline").Select(b => b.TextContent.Split(',')[0].Trim()).ToList();
        Assert.Contains("Chen Xiangyang", authors);
        Assert.Equal(authors, page.QuerySelectorAll("svg.heatmap text.axis").Take(authors.Count).Select(t => t.TextContent));
        Assert.Equal(authors, page.QuerySelectorAll("#coverage-table thead th a").Select(a => a.TextContent));
        // Never clipped: the rotated names fit inside the drawing (about 6.2 px a character at 11 px).
        var svg = page.QuerySelector("svg.heatmap")!;
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(int.Parse).ToArray();
        Assert.True(viewBox[3] > 35 * 18 + authors.Max(a => a.Length) * 6.2 * 0.75);
        Assert.Contains("table", page.QuerySelector(".heatmap-figure figcaption")!.TextContent);
        Assert.DoesNotContain("below", page.QuerySelector(".heatmap-figure figcaption")!.TextContent);
    }

    [Fact]
    public async Task PartOneAndThePartsIntroductionsAndClosingPassagesHaveRowsInThePapersOrder()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        var heads = page.QuerySelectorAll("#coverage-table tbody th[scope=row]").Select(th => th.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(["/paper/background", "/paper/commitments/1"], heads.Take(2));
        Assert.Equal(["/paper/commitments/6", "/paper/commitments/closing", "/paper/priorities/introduction", "/paper/priorities/1"],
            heads.SkipWhile(h => h != "/paper/commitments/6").Take(4));
        Assert.Equal("/paper/platforms/closing", heads[^1]);
        // A closing passage is headed by the editors' label, set apart as theirs; Part I by the paper's own title.
        var closing = Row(page, "/paper/commitments/closing");
        Assert.Equal("How the six commitments fit together", closing.QuerySelector(".row-heading .editors")!.TextContent);
        var partOne = Row(page, "/paper/background");
        Assert.Equal("Background", partOne.QuerySelector(".row-heading")!.TextContent.Trim());
        Assert.Null(partOne.QuerySelector(".editors"));
        // Its cells say what the commentary does, naming the paragraph, as an item's do.
        Assert.Contains(partOne.ParentElement!.QuerySelectorAll("td a"), a => a.GetAttribute("href")!.StartsWith("/commentaries/ovais-ali-khokhar#p4-s", StringComparison.Ordinal) && a.TextContent.StartsWith("¶4: shared wording"));
        Assert.Contains(page.QuerySelectorAll("svg.heatmap text.axis"), t => t.TextContent == "III, introduction");
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Dom.IDocument page, string address) =>
        page.QuerySelectorAll("#coverage-table tbody th[scope=row]").Single(th => th.QuerySelector("a")!.GetAttribute("href") == address);

    [Fact]
    public void ThePaletteReadsStrongerForMoreInLightAndInDark()
    {
        var css = File.ReadAllText(Repository.Path("src/GsiPortal.Web/wwwroot/css/site.css"));
        var light = css.IndexOf(":root { --lvl-1", StringComparison.Ordinal);
        var dark = css.IndexOf(":root { --lvl-1", light + 1, StringComparison.Ordinal);
        Assert.True(light >= 0 && dark > light);
        static double[] Luminance(string block) => Enumerable.Range(1, 5).Select(n =>
        {
            var hex = System.Text.RegularExpressions.Regex.Match(block, $@"--lvl-{n}: #([0-9a-f]{{6}})").Groups[1].Value;
            double C(int i) { var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0; return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4); }
            return 0.2126 * C(0) + 0.7152 * C(2) + 0.0722 * C(4);
        }).ToArray();
        var l = Luminance(css[light..css.IndexOf('}', light)]);
        var d = Luminance(css[dark..css.IndexOf('}', dark)]);
        // On a light page more is darker; on a dark page more is lighter: each level stands further from the page.
        Assert.All(Enumerable.Range(0, 4), i => Assert.True(l[i] > l[i + 1], $"light {i + 1}"));
        Assert.All(Enumerable.Range(0, 4), i => Assert.True(d[i] < d[i + 1], $"dark {i + 1}"));
    }
}
