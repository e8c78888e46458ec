using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Coverage;

/// <summary>The coverage matrix and its heat map.</summary>
[Collection(RealSite.Name)]
public class CoveragePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheCoverageTableHasThirtyOneRowsAndAColumnPerCommentaryWithAHeatMapBesideIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        var table = page.QuerySelector("#coverage-table")!;
        Assert.Equal(31, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(1 + 4, table.QuerySelectorAll("thead th").Length);
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(4, row.QuerySelectorAll("td").Length));
        var svg = page.QuerySelector("svg.heatmap")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("coverage-table", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(31 * 4, svg.QuerySelectorAll("rect").Length);
        // Readable without colour: each cell says what it is in words.
        Assert.Contains(table.QuerySelectorAll("td"), td => td.TextContent.Contains("Shared wording, "));
    }

    [Fact]
    public async Task EveryChartHasATextAlternative()
    {
        foreach (var address in new[] { "/coverage", "/terms/indivisible-security", "/terms/au" })
        {
            var (_, page) = await Html.Get(factory.CreateClient(), address);
            foreach (var svg in page.QuerySelectorAll("svg"))
            {
                Assert.Equal("img", svg.GetAttribute("role"));
                Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
                var tableId = System.Text.RegularExpressions.Regex.Match(svg.QuerySelector("desc")!.TextContent, @"id ([\w-]+)").Groups[1].Value;
                Assert.NotNull(page.GetElementById(tableId));
                Assert.Equal("table", page.GetElementById(tableId)!.LocalName);
            }
        }
    }
}
