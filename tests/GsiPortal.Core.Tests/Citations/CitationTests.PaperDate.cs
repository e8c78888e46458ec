using System.Text.Json;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

public partial class CitationTests
{
    /// <summary>
    /// The paper is dated 21 February 2023 (front matter <c>date: 2023-02-21</c>), and the data formats carry the day;
    /// the styles print what the real CSL styles print for a report given that day (citeproc-js, bench/citeproc,
    /// pinned in citeproc-expected.json): MLA the day, Chicago's and APA's report the year alone (APA 7 10.4; the
    /// Chicago note "(Ministry …, 2023)"). A reviewer's "only 2023" is the styles' own form, not a lost date.
    /// </summary>
    [Fact]
    public void ThePapersDayIsInTheDataAndWhereAStylePrintsIt()
    {
        Assert.Equal("2023-02-21", RealContent.Library.Paper.Meta.Date);
        using var csl = JsonDocument.Parse(Cite("paper", CitationFormat.CslJson));
        var item = csl.RootElement.ValueKind == JsonValueKind.Array ? csl.RootElement[0] : csl.RootElement;
        Assert.Equal([2023, 2, 21], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Contains("DA  - 2023/02/21/", Cite("paper", CitationFormat.Ris));
        Assert.Contains("date = {2023-02-21}", Cite("paper", CitationFormat.Bibtex));
        Assert.Contains("China, 21 Feb. 2023, GsiPortal edition", Cite("paper", CitationFormat.Mla));
        Assert.StartsWith("Ministry of Foreign Affairs of the People’s Republic of China. (2023). ", Cite("paper", CitationFormat.Apa));
        Assert.Contains("(Ministry of Foreign Affairs of the People’s Republic of China, 2023)", Cite("paper", CitationFormat.Chicago));
    }
}
