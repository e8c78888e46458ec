using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// What a query turns away from ("instead of …", "rather than …") is not what it asks for (a fresh-eyes review:
/// "talking instead of fighting" let "talking", a general word, go and required "fighting" alone, so every result was
/// about fighting terrorism or crime, and none about talks).
/// </summary>
public class TurnedFromTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void TalkingInsteadOfFightingFindsTheTalksNotTheFighting()
    {
        var answer = Search("talking instead of fighting");
        var shown = ResultGroups.Shown(answer).Select(h => h.Id).ToList();
        // Commitment 5 (dialogue and consultation, "facilitate talks") and priority 5 ("facilitating peace talks").
        Assert.Contains("paper/commitment-5", shown);
        Assert.Contains("paper/priority-5", shown);
        Assert.DoesNotContain("paper/priority-12", shown);
        Assert.Equal(["talking"], answer.Relaxed!.Words);
        Assert.Contains("fighting", answer.Relaxed.NotRequired);
    }

    [Theory]
    [InlineData("talking instead of fighting", new[] { "instead", "fighting" })]
    [InlineData("dialogue rather than sanctions or war", new[] { "rather", "sanctions", "or", "war" })]
    [InlineData("Sanctions Instead Of talks", new[] { "instead", "talks" })]
    public void TheWordsAfterInsteadOfOrRatherThanAreTurnedFrom(string typed, string[] turnedFrom) =>
        Assert.Equal(turnedFrom.Order(), QueryRelaxations.TurnedFrom(typed).Select(w => w.ToLowerInvariant()).Order());

    [Theory]
    [InlineData("peace instead")]
    [InlineData("rather large")]
    [InlineData("war sanctions dialogue")]
    // "not" negating a verb, after an auxiliary or a modal, turns from nothing; nor before more than one word.
    [InlineData("security of one country should not come")]
    [InlineData("sanctions does not solve")]
    [InlineData("why not talks")]
    [InlineData("dialogue not sanctions or war")]
    [InlineData("not sanctions")]
    public void WithoutAContrastNothingIsTurnedFrom(string typed) => Assert.Empty(QueryRelaxations.TurnedFrom(typed));

    [Theory]
    [InlineData("talking not fighting", new[] { "not", "fighting" })]
    [InlineData("dialogue, not sanctions", new[] { "not", "sanctions" })]
    [InlineData("governments must talking not fighting?", new[] { "not", "fighting" })]
    public void ANotBetweenTwoWordsTurnsFromTheLast(string typed, string[] turnedFrom) =>
        Assert.Equal(turnedFrom.Order(), QueryRelaxations.TurnedFrom(typed).Select(w => w.ToLowerInvariant()).Order());

    [Fact]
    public void TalkingNotFightingFindsTheTalksAsInsteadOfDoes()
    {
        // A reader's "X not Y" (a fresh-eyes review, the nineteenth session): it required "fighting" alone, and answered
        // with priorities 8, 12 and 19 on fighting terrorism and crime.
        var shown = ResultGroups.Shown(Search("talking not fighting")).Select(h => h.Id).ToList();
        Assert.Equal("paper/priority-5", shown[0]);
        Assert.Contains("paper/commitment-5", shown);
        Assert.DoesNotContain("paper/priority-12", shown);
    }
}
