using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Commentaries;

/// <summary>
/// Chen Xiangyang's commentary states no date; the editors infer 2023 from its text (the sources' README: "not stated";
/// content/chen-xiangyang.md: date_inferred). One fact, said as each style says it: the site's own labels "Chen Xiangyang
/// [2023?]" (Chicago's author-date form for a supplied date), Chicago's note "[2023?]", APA "n.d.", MLA "circa 2023".
/// Until this session the site's labels wrote "(2023)" — title, paragraph marks, coverage, side by side, search — as if
/// the source stated it, beside the citations' "[2023?]" and "n.d.". A stated year keeps its parentheses.
/// </summary>
[Collection(RealSite.Name)]
public class InferredDateTests(PortalFactory factory)
{
    [Fact]
    public async Task TheSitesOwnLabelsSayTheYearIsTheEditorsNotTheSources()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/commentaries/chen-xiangyang");
        Assert.EndsWith("Chen Xiangyang [2023?]", page.Title!.Split(" — ")[1].Split(" —")[0]);
        var marks = page.QuerySelectorAll("[data-title]").Select(e => e.GetAttribute("data-title")!).Where(t => t.StartsWith("Chen Xiangyang", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, t => Assert.Equal("Chen Xiangyang [2023?]", t));

        var (_, coverage) = await Html.Get(client, "/coverage");
        var headers = coverage.QuerySelectorAll("th[scope=col]").Select(th => Html.Folded(th.TextContent)).ToList();
        Assert.Contains("Chen Xiangyang [2023?]", headers);
        Assert.Contains("Lei Kezhong (2022)", headers);
        Assert.DoesNotContain(headers, h => h.Contains("Chen Xiangyang (2023)", StringComparison.Ordinal));

        using var passage = JsonDocument.Parse(await client.GetStringAsync("/api/passages?reference=Chen%20%C2%B63"));
        Assert.StartsWith("Chen Xiangyang [2023?]", passage.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("chicago", "[2023?]")]
    [InlineData("apa", "(n.d.)")]
    [InlineData("mla", "circa 2023")]
    public async Task EachStyleSaysItInItsOwnForm(string style, string form)
    {
        var citation = await factory.CreateClient().GetStringAsync($"/cite/commentaries/chen-xiangyang?format={style}");
        Assert.Contains(form, citation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(2023)", citation);
    }
}
