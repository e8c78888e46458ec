using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>
/// The two commentaries whose website the captures do not name (Dong, Chen): Chicago's comma inside the closing quotation
/// mark before the date, a bracketed one too (the note read “Title” [2023?]); MLA's title in quotation marks, an article
/// within a larger work as Lei's and Khokhar's are (it was in italics, which plain text prints bare).
/// </summary>
public partial class CitationTests
{
    [Theory]
    [InlineData(CitationFormat.Chicago, "Chen Xiangyang, “The Global Security Initiative Highlights China’s Leadership in Human Security Community,” [2023?], GsiPortal edition of November 25, 2026 (0123456789ab), https://gsiportal.example/commentaries/chen-xiangyang.\nBibliography: Chen Xiangyang. “The Global Security Initiative Highlights China’s Leadership in Human Security Community.” [2023?]. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/chen-xiangyang.")]
    [InlineData(CitationFormat.Apa, "Chen, X. (n.d.). The Global Security Initiative highlights China’s leadership in human security community. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/chen-xiangyang\nIn text: (Chen, n.d.)")]
    [InlineData(CitationFormat.Mla, "Chen Xiangyang. “The Global Security Initiative Highlights China’s Leadership in Human Security Community.” Circa 2023, GsiPortal edition of 25 Nov. 2026 (0123456789ab), https://gsiportal.example/commentaries/chen-xiangyang.\nIn text: (Chen)")]
    public void ChenXiangyang(CitationFormat format, string expected) => Assert.Equal(expected, Cite("commentaries/chen-xiangyang", format));

    [Theory]
    [InlineData(CitationFormat.Chicago, "Dong Chunling, “The Promise of the Global Security Initiative,” May 10, 2022, GsiPortal edition of November 25, 2026 (0123456789ab), https://gsiportal.example/commentaries/dong-chunling.\nBibliography: Dong Chunling. “The Promise of the Global Security Initiative.” May 10, 2022. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/dong-chunling.")]
    [InlineData(CitationFormat.Apa, "Dong, C. (2022, May 10). The promise of the Global Security Initiative. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/dong-chunling\nIn text: (Dong, 2022)")]
    [InlineData(CitationFormat.Mla, "Dong Chunling. “The Promise of the Global Security Initiative.” 10 May 2022, GsiPortal edition of 25 Nov. 2026 (0123456789ab), https://gsiportal.example/commentaries/dong-chunling.\nIn text: (Dong)")]
    public void DongChunling(CitationFormat format, string expected) => Assert.Equal(expected, Cite("commentaries/dong-chunling", format));

    [Fact]
    public void ChensNoteToAParagraphKeepsTheCommaInsideTheQuotationMark()
    {
        var note = CitationBuilder.Build(Addresses.Resolve("/commentaries/chen-xiangyang", "p3")!, CitationFormat.Chicago, Origin, Accessed, Edition).Text.Split('\n')[0];
        Assert.Contains("Community,” [2023?], ", note);
        Assert.DoesNotMatch("[^,]” \\[", note);
    }

    [Theory]
    [InlineData("commentaries/chen-xiangyang")]
    [InlineData("commentaries/dong-chunling")]
    [InlineData("commentaries/lei-kezhong")]
    [InlineData("commentaries/ovais-ali-khokhar")]
    public void EveryCommentarysMlaTitleIsQuotedNotItalic(string path)
    {
        var passage = Addresses.Resolve(path)!;
        var mla = CitationBuilder.Build(passage, CitationFormat.Mla, Origin, Accessed, Edition);
        Assert.Contains($"“{passage.Document.Title.Replace('\'', '’')}.”", mla.Text);
        Assert.DoesNotContain(mla.Segments, s => s.Italic && s.Text.Contains(passage.Document.Title.Replace('\'', '’'), StringComparison.Ordinal));
    }
}
