using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// In a question around the words of a subject ("what china think about human rights"), a result holding those words
/// in its text, but not side by side, says so, as each result of the two words alone does (a fresh-eyes review, T6;
/// docs/search.md, the twenty-fourth turn). Against the real content.
/// </summary>
public class QuestionWordsApartTests
{
    private static IReadOnlyList<SearchHit> Shown(string q) => ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(q)));

    /// <summary>
    /// Commitment 4 says "Humanity" and "rights" far apart, and was listed first with both marked, saying nothing; the
    /// results holding "right" alone say nothing either, for they do not hold the words apart.
    /// </summary>
    [Fact]
    public void AResultHoldingTheSubjectsWordsApartSaysSo()
    {
        var shown = Shown("what china think about human rights");
        Assert.Equal(["human", "rights"], shown.Single(h => h.Id == "paper/commitment-4").Note.Apart);
        var rightsAlone = shown.Single(h => h.Id == "paper/commitment-2");
        Assert.Empty(rightsAlone.Note.Apart);
    }

    /// <summary>A result writing the subject's words side by side says nothing; one holding them apart in the same answer does.</summary>
    [Fact]
    public void AResultHoldingThemSideBySideSaysNothing()
    {
        var shown = Shown("what about food security");
        Assert.Empty(shown.Single(h => h.Id == "paper/priority-18").Note.Apart);
        Assert.Equal(["food", "security"], shown.Single(h => h.Id == "dong-chunling/p11").Note.Apart);
    }

    /// <summary>Words of the subject not typed side by side are no run: "rights" and "human" with "does" between them.</summary>
    [Fact]
    public void WordsTypedApartAreNotARun() =>
        Assert.All(Shown("what rights does a human have"), h => Assert.Empty(h.Note.Apart));
}
