using GsiPortal.Core.Subjects;

namespace GsiPortal.Core.Tests.Subjects;

/// <summary>
/// "See also" between the subject index's headings that name one subject (review 22, D4): "terrorism" listed
/// Commitment 6 and three commentaries but not priority 12, which the indexer filed under "counter-terrorism", with
/// nothing between the two.
/// </summary>
public class SeeAlsoTests
{
    [Fact]
    public void TerrorismAndCounterTerrorismPointToEachOther()
    {
        var headings = SubjectHeadings.Of(RealContent.Library);
        var terrorism = headings.For("terrorism")!;
        Assert.Equal(["counter-terrorism", "counterterrorism"], terrorism.SeeAlso.Select(h => h.Term));
        Assert.Contains("terrorism", headings.For("counter-terrorism")!.SeeAlso.Select(h => h.Term));
        Assert.Contains("/paper/priorities/12", headings.For("counter-terrorism")!.Passages.Select(p => p.Address));
    }

    [Theory]
    [InlineData("terrorism", "counter-terrorism", true)]
    [InlineData("counterterrorism", "counter-terrorism", true)]
    [InlineData("cyber security", "cybersecurity", true)]
    [InlineData("traditional security", "non-traditional security", false)]
    [InlineData("trust", "China-UN trust fund", false)]
    [InlineData("terrorism", "terrorism in Africa", false)]
    [InlineData("terrorism", "Terrorism", false)]
    public void SameSubjectOnlyWhereTheWordsAreOne(string a, string b, bool same)
    {
        Assert.Equal(same, SubjectHeadings.SameSubject(a, b));
        Assert.Equal(same, SubjectHeadings.SameSubject(b, a));
    }

    [Fact]
    public void MostHeadingsHaveNone()
    {
        var all = SubjectHeadings.Of(RealContent.Library).All;
        Assert.InRange(all.Count(h => h.SeeAlso.Count > 0), 3, 12);
        Assert.All(all, h => Assert.All(h.SeeAlso, other => Assert.Contains(h, other.SeeAlso)));
    }
}
