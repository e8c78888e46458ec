using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A classical plural is one word with its singular, indexed and searched alike: "crisis" (Priority 5, Chen ¶4,
/// Khokhar ¶11) and "crises" (Commitment 5's "peaceful settlement of crises", Chen ¶10, Lei ¶4 and ¶11) found disjoint
/// passages, and "humanitarian crisis" found nothing (a fresh-eyes review, the seventeenth session). On the real content.
/// </summary>
public class ClassicalPluralsTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void CrisisAndCrisesFindTheSamePassagesEachForm()
    {
        var crisis = Search("crisis").Hits.Select(h => h.Id).Order().ToList();
        Assert.Equal(crisis, Search("crises").Hits.Select(h => h.Id).Order());
        // Both forms' passages: the paper's Priority 5 writes "crisis", its Commitment 5 "crises".
        Assert.Contains("paper/priority-5", crisis);
        Assert.Contains("paper/commitment-5", crisis);
        Assert.True(crisis.Count >= 7, $"crisis found {crisis.Count}: {string.Join(", ", crisis)}");
    }

    [Fact]
    public void TheOtherFormIsMarkedInTheSnippet() =>
        Assert.Contains(Search("crisis").Hits.Single(h => h.Id == "paper/commitment-5").Snippet, r => r.Marked && r.Text == "crises");

    [Fact]
    public void HumanitarianCrisisFindsAPassage() => Assert.NotEqual(0, Search("humanitarian crisis").Total);

    [Theory]
    [InlineData("crises", "crisis")]
    [InlineData("analyses", "analysis")]
    [InlineData("hypotheses", "hypothesis")]
    [InlineData("phenomena", "phenomenon")]
    [InlineData("criteria", "criterion")]
    public void APluralAnalysesAsItsSingular(string plural, string singular) =>
        Assert.Equal(TextAnalysis.Terms(singular), TextAnalysis.Terms(plural));

    [Theory]
    [InlineData("bases", "basis")] // also the plural of "base": left as Porter stems it
    [InlineData("axes", "axis")]   // also the plural of "axe"
    [InlineData("media", "medium")] // a word of its own ("the media")
    public void AnAmbiguousPluralIsNotJoined(string plural, string singular) =>
        Assert.NotEqual(TextAnalysis.Terms(singular), TextAnalysis.Terms(plural));

    [Fact]
    public void TheWordsAsWrittenAreUnchanged() => Assert.Equal(["crises"], WordAnalysis.WrittenForms("crises"));
}
