using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A negation cut with the words it governs changes nothing of what is quoted; one cut from its clause does. Commitment
/// 5: "Abusing unilateral sanctions and long-arm jurisdiction does not solve a problem, but only creates more
/// difficulties and complications." (a fresh-eyes review found the marked cut of "does not solve a problem, but"
/// headlined "the meaning changes"); commitment 4: "Security of one country should not come at the expense of that of others."
/// </summary>
public class CutClauseTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("Abusing unilateral sanctions and long-arm jurisdiction ... only creates more difficulties")]
    [InlineData("Abusing unilateral sanctions and long-arm jurisdiction … only creates more difficulties and complications.")]
    public void ANegationCutWithItsClauseIsAFaithfulCut(string quotation)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("/paper/commitments/5#s6", result.Matches[0].Url);
        Assert.Empty(result.Matches[0].MeaningChanges);
        Assert.StartsWith("Found word for word", QuoteVerdicts.Headline(result));
    }

    [Theory]
    [InlineData("Security of one country should … come at the expense of that of others.")]
    [InlineData("Security of one country should come at the expense of that of others.")]
    [InlineData("War and sanctions are … effective in resolving differences.")]
    public void ANegationCutFromItsClauseChangesTheMeaning(string quotation)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        Assert.Contains(result.Matches[0].MeaningChanges, c => c.Kind == MeaningChangeKind.Negation);
        Assert.Equal("Not word for word, and the meaning changes: the closest passages", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void AnUnmarkedCutOfTheWholeClauseIsWordsLeftOutButNotAChangeOfMeaning()
    {
        var result = Checker.Check("Abusing unilateral sanctions and long-arm jurisdiction only creates more difficulties and complications.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        Assert.Empty(result.Matches[0].MeaningChanges);
        Assert.Equal("Not word for word: words left out without an ellipsis", QuoteVerdicts.Headline(result));
    }
}
