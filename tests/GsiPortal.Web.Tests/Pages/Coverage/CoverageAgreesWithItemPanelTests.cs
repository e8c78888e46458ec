using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Pages.Coverage;

/// <summary>
/// A coverage cell and the item page's "In the commentaries" panel say the same of a commentary: the cell names its
/// strongest paragraph, and the panel lists that paragraph with the same words counted, or under the same strength
/// (a reviewer found Lei 25 words in one and 32 in the other).
/// </summary>
[Collection(RealSite.Name)]
public partial class CoverageAgreesWithItemPanelTests(PortalFactory factory)
{
    [GeneratedRegex(@"^¶(?<p>\d+): (?<how>.+)$")]
    private static partial Regex CellText();

    /// <summary>"/commentaries/x?highlight=…#p12-s2" as the paragraph's address, "/commentaries/x#p12".</summary>
    private static string Paragraph(string href) =>
        Regex.Replace(Regex.Replace(href, @"\?[^#]*", ""), @"(#p\d+)-s\d+$", "$1");

    [Fact]
    public async Task EveryCellsStrongestParagraphStandsInTheItemsPanelWithTheSameWords()
    {
        var client = factory.CreateClient();
        var (_, coverage) = await Html.Get(client, "/coverage");
        var authors = coverage.QuerySelectorAll("#coverage-table thead th a").Select(a => a.TextContent).ToList();
        var checkedCells = 0;
        // The items' rows: Part I's, the introductions' and the closing passages' (th.passage-row) have no item panel.
        foreach (var row in coverage.QuerySelectorAll("#coverage-table tbody tr").Where(r => r.QuerySelector("th.passage-row") is null))
        {
            var itemUrl = row.QuerySelector("th a")!.GetAttribute("href")!;
            var (_, item) = await Html.Get(client, itemUrl);
            var panel = item.QuerySelector(".item-links")!;
            var cells = row.QuerySelectorAll("td").ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].QuerySelector("a") is not { } link) continue;
                var m = CellText().Match(link.TextContent.Trim());
                Assert.True(m.Success, link.TextContent);
                var (paragraph, how) = (m.Groups["p"].Value, m.Groups["how"].Value);
                if (how.StartsWith("shared wording, ", StringComparison.Ordinal))
                {
                    var words = Regex.Match(how, @"(\d+) words").Groups[1].Value;
                    var line = panel.QuerySelectorAll(".shared-list li").Single(li => li.TextContent.StartsWith(authors[c], StringComparison.Ordinal));
                    Assert.Matches($@"¶{paragraph}\s+\({words}\s+words", line.TextContent);
                }
                else
                {
                    // "discussed at length" under "Discussed at length:", "mentioned as “X”" under "Mentioned as “X”:".
                    var group = panel.QuerySelectorAll(".discussed-list li").Single(li =>
                        string.Equals(li.QuerySelector(".how")!.TextContent.TrimEnd(':'), how, StringComparison.OrdinalIgnoreCase));
                    // The cell lands on the sentence with the words marked; the panel links the paragraph.
                    Assert.Contains(group.QuerySelectorAll("a"), a => a.GetAttribute("href") == Paragraph(link.GetAttribute("href")!));
                }
                checkedCells++;
            }
        }
        Assert.True(checkedCells > 40, $"{checkedCells} cells");
    }

    [Fact]
    public async Task TheIssuesCellsNameTheParagraphAReaderShouldReadFirst()
    {
        var (_, coverage) = await Html.Get(factory.CreateClient(), "/coverage");
        string Cell(string item, int column) => coverage.QuerySelectorAll("#coverage-table tbody tr")
            .Single(r => r.QuerySelector("th a")!.TextContent == item).QuerySelectorAll("td")[column].TextContent.Trim();
        // Columns: Dong Chunling, Lei Kezhong, Chen Xiangyang, Ovais Ali Khokhar (oldest first).
        Assert.StartsWith("¶11: discussed", Cell("Priority 5", 3));
        Assert.Equal("¶7: discussed at length", Cell("Commitment 4", 3));
        Assert.Matches(@"^¶1[68]: discussed", Cell("Commitment 6", 0));
        Assert.DoesNotContain("¶", Cell("Platform 4", 0));
    }
}
