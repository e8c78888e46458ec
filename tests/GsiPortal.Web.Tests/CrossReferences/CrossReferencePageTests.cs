using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.CrossReferences;

public class CrossReferencePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
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

    [Fact]
    public async Task AnItemPageShowsSharedWordingDiscussionAndKeyTerms()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var panel = page.QuerySelector("aside.item-links")!;
        var shared = panel.QuerySelectorAll(".shared-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/commentaries/chen-xiangyang#p9", shared);
        Assert.Contains("/commentaries/lei-kezhong#p4", shared);
        Assert.Contains("before the paper", panel.QuerySelector(".shared-list")!.TextContent);
        Assert.DoesNotContain("quotes", panel.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(panel.QuerySelectorAll(".discussed-list a"), a => a.GetAttribute("href") == "/commentaries/ovais-ali-khokhar#p7");
        Assert.Contains(panel.QuerySelectorAll(".term-list a"), a => a.GetAttribute("href") == "/terms/indivisible-security");
    }

    [Fact]
    public async Task ACommentaryParagraphSaysWhatItSharesWordingWith()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        var note = page.GetElementById("p9")!.NextElementSibling!;
        Assert.Contains("shared-note", note.ClassName);
        Assert.Contains("Shares wording with Commitment 4", note.TextContent);
        Assert.NotEmpty(note.QuerySelectorAll("mark"));
        var (_, lei) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        Assert.Contains("predates the paper", lei.QuerySelector(".shared-note")!.TextContent);
    }

    [Fact]
    public async Task TheComparePageSetsEachCommentarysWordingAgainstThePaper()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/compare/commitments/4");
        Assert.StartsWith("Stay committed to taking", page.QuerySelector("blockquote p")!.TextContent);
        var sections = page.QuerySelectorAll("section h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/commentaries/chen-xiangyang#p9", sections);
        Assert.NotEmpty(page.QuerySelectorAll(".diff del"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/compare/commitments/7")).StatusCode);
    }

    [Fact]
    public async Task ATermPageGivesEveryOccurrenceInContext()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/terms/indivisible-security");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/terms/indivisible-security")).RootElement;
        Assert.Equal(api.GetProperty("count").GetInt32(), page.QuerySelectorAll("ol.kwic li").Length);
        Assert.All(page.QuerySelectorAll("ol.kwic mark"), m => Assert.Equal("indivisible security", m.TextContent.ToLowerInvariant()));
        Assert.Contains(page.QuerySelectorAll("ol.kwic a"), a => a.GetAttribute("href")!.StartsWith("/paper/commitments/4?highlight="));
        var (_, list) = await Html.Get(client, "/terms");
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/terms/cold-war-mentality");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/terms/no-such-term")).StatusCode);
    }

    [Fact]
    public async Task TheLinksCoverageAndTermsAreDataToo()
    {
        var client = factory.CreateClient();
        var links = JsonDocument.Parse(await client.GetStringAsync("/api/paper/commitments/4/links")).RootElement;
        Assert.Contains(links.GetProperty("sharedWording").EnumerateArray(), s => s.GetProperty("url").GetString() == "/commentaries/chen-xiangyang#p9");
        var coverage = JsonDocument.Parse(await client.GetStringAsync("/api/coverage")).RootElement;
        Assert.Equal(31, coverage.GetProperty("items").GetArrayLength());
        Assert.Equal(4, coverage.GetProperty("commentaries").GetArrayLength());
        var terms = JsonDocument.Parse(await client.GetStringAsync("/api/terms")).RootElement;
        Assert.Contains(terms.EnumerateArray(), t => t.GetProperty("slug").GetString() == "common-comprehensive-cooperative-and-sustainable-security");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/paper/commitments/9/links")).StatusCode);
    }
}
