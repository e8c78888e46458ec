using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>
/// MLA wrote "para." for a paragraph of the paper ("pt. I, para. 3") and "par." for a commentary's ("par. 5"): one
/// abbreviation now, MLA 9's "par." and "pars.". APA wrote "ca. 2023" for Chen Xiangyang's commentary, which states no
/// date (the sources' README: "not stated"; the year is the editors' inference): APA 7 writes "n.d." (§9.17), "ca." being
/// for an ancient work's approximate date. Chicago and APA keep "para."; Chicago and MLA keep their bracketed year and circa.
/// </summary>
public partial class CitationTests
{
    [Theory]
    [InlineData("/paper/background", "background-p3", "(Global Security Initiative Concept Paper, pt. I, par. 3)")]
    [InlineData("/paper/priorities/4", "priority-4-p2", "(Global Security Initiative Concept Paper, pt. III, priority 4, par. 2)")]
    [InlineData("/paper/priorities", "priorities-p1", "(Global Security Initiative Concept Paper, pt. III, introduction, par. 1)")]
    [InlineData("/paper/background", "background-p2-s1", "(Global Security Initiative Concept Paper, pt. I, par. 2, sentence 1)")]
    [InlineData("/commentaries/lei-kezhong", "p5", "(Lei, par. 5)")]
    [InlineData("/commentaries/lei-kezhong", "p4-p6", "(Lei, pars. 4–6)")]
    [InlineData("/commentaries/lei-kezhong", "p5-s2", "(Lei, par. 5, sentence 2)")]
    public void MlaAbbreviatesParagraphOneWayForThePaperAndTheCommentaries(string page, string fragment, string inText)
    {
        var mla = CitationBuilder.Build(Addresses.Resolve(page, fragment)!, CitationFormat.Mla, Origin, Accessed, Edition).Text;
        Assert.EndsWith($"In text: {inText}", mla);
        Assert.DoesNotContain("para.", mla);
    }

    [Theory]
    [InlineData("/paper/background", "background-p3", "pt. I, para. 3")]
    [InlineData("/paper/priorities", "priorities-p1", "pt. III, introduction, para. 1")]
    [InlineData("/commentaries/lei-kezhong", "p5", "para. 5")]
    public void ChicagoAndApaKeepPara(string page, string fragment, string place)
    {
        var passage = Addresses.Resolve(page, fragment)!;
        Assert.Contains(place, CitationBuilder.Build(passage, CitationFormat.Chicago, Origin, Accessed, Edition).Text);
        Assert.Contains(place.Replace("pt. ", "Part ", StringComparison.Ordinal), CitationBuilder.Build(passage, CitationFormat.Apa, Origin, Accessed, Edition).Text);
    }

    [Fact]
    public void ApaWritesNoDateForTheCommentaryThatStatesNone()
    {
        var undated = RealContent.Library.Commentaries.Where(c => c.Date.Inferred).Select(c => c.Id).ToList();
        Assert.Equal(["chen-xiangyang"], undated);
        var apa = Cite("commentaries/chen-xiangyang", CitationFormat.Apa);
        Assert.StartsWith("Chen, X. (n.d.). ", apa);
        Assert.EndsWith("In text: (Chen, n.d.)", apa);
        Assert.DoesNotContain("ca.", apa);
    }

    [Theory]
    [InlineData("commentaries/lei-kezhong", "Lei, K. (2022, June 7). ", "(Lei, 2022)")]
    [InlineData("commentaries/ovais-ali-khokhar", "Khokhar, O. A. (2023, September 23). ", "(Khokhar, 2023)")]
    [InlineData("commentaries/dong-chunling", "Dong, C. (2022, May 10). ", "(Dong, 2022)")]
    public void ApaKeepsTheStatedDatesOfTheOthers(string path, string start, string inText)
    {
        var apa = Cite(path, CitationFormat.Apa);
        Assert.StartsWith(start, apa);
        Assert.EndsWith($"In text: {inText}", apa);
    }
}
