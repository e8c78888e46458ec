using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A query that names which texts it wants — "the paper", "the concept paper", "the commentaries", "the
/// commentators" — is answered from them first; the naming words are where to look, not what to look for. Against
/// the real content.
/// </summary>
public class NamedTextsTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    private static IReadOnlyList<string> Shown(string q) => ResultGroups.Shown(Search(q)).Select(h => h.Id).ToList();

    /// <summary>
    /// A reader's review: "what does the paper say about the UN" listed Lei Kezhong ¶10 among the paper's passages,
    /// and "the concept paper on climate change" opened with Chen Xiangyang ¶11, which writes "Concept Paper" (the
    /// strict query required "paper" and "concept"). Every passage of the paper now comes before any commentary.
    /// </summary>
    [Theory]
    [InlineData("what does the paper say about the UN", "paper/commitment-3")]
    [InlineData("the concept paper on climate change", "paper/priority-20")]
    [InlineData("the paper on terrorism", "paper/priority-12")]
    // Review 21, D2: relaxed after two commentary paragraphs holding "Ukraine" and "war", priority 5 stood third.
    [InlineData("does the paper mention ukraine war", "paper/priority-5")]
    public void ANamedPaperIsAnsweredByThePaperFirst(string query, string first)
    {
        var shown = Shown(query);
        Assert.Equal(first, shown[0]);
        var firstCommentary = shown.ToList().FindIndex(id => !id.StartsWith("paper/", StringComparison.Ordinal));
        Assert.True(firstCommentary > 0, string.Join(", ", shown));
        Assert.All(shown.Skip(firstCommentary), id => Assert.False(id.StartsWith("paper/", StringComparison.Ordinal), string.Join(", ", shown)));
        Assert.Equal(TextsNamed.Paper, Search(query).NamedFirst);
    }

    /// <summary>"commentaries on terrorism" opened with priority 12, "what do the commentators say about sanctions" with commitment 5.</summary>
    [Theory]
    [InlineData("commentaries on terrorism")]
    [InlineData("what do the commentators say about sanctions")]
    [InlineData("what do the commentaries say about the UN")]
    public void NamedCommentariesAreAnsweredByThemFirst(string query)
    {
        var shown = Shown(query);
        var firstPaper = shown.ToList().FindIndex(id => id.StartsWith("paper/", StringComparison.Ordinal));
        Assert.True(firstPaper != 0, string.Join(", ", shown));
        if (firstPaper > 0) Assert.All(shown.Skip(firstPaper), id => Assert.StartsWith("paper/", id));
        Assert.Equal(TextsNamed.Commentaries, Search(query).NamedFirst);
    }

    /// <summary>A preference, not a filter: the paper never names Taiwan, and Dong Chunling's paragraph on it is still found.</summary>
    [Fact]
    public void NamingThePaperFiltersNothingOut() => Assert.Contains("dong-chunling/p15", Shown("what does the paper say about Taiwan"));

    /// <summary>
    /// Left as typed: a query about the paper itself (no word of a subject beside it), one naming both sides, and
    /// one under a document filter, which already says where to look.
    /// </summary>
    [Theory]
    [InlineData("how long is the concept paper")]
    [InlineData("Concept Paper")]
    [InlineData("the paper and the commentaries on terrorism")]
    public void AQueryNamingNoSideIsLeftAsTyped(string query) => Assert.Equal(TextsNamed.None, Search(query).NamedFirst);

    [Fact]
    public void AFilterWinsOverTheWordsNamingTheTexts() =>
        Assert.Equal(TextsNamed.None, RealContent.Index.Search(new SearchRequest("the paper on terrorism", Document: "lei-kezhong")).NamedFirst);
}
