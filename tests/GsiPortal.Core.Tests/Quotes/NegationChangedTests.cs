using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// Review 20 (D12): "never" in place of "not" was a close quotation with no meaning change, the replacement listed only
/// as not judged. As many negations, but other ones, is a changed negation: "never" says more than "not" (at no time),
/// "not" less than "never", and a journalist checking a quotation wants either flagged.
/// </summary>
public class NegationChangedTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Fact]
    public void NeverForNotIsAChangedNegation()
    {
        var match = Checker.Check("Security of one country should never come at the expense of that of others.").Matches[0];
        var change = Assert.Single(match.MeaningChanges);
        Assert.Equal((MeaningChangeKind.Negation, "never", "not"), (change.Kind, change.Quoted, change.Source));
        Assert.Equal("Negation strengthened: the text says “not”, the quotation “never”, which says more than the text.", change.Description);
        Assert.Empty(match.Unjudged);
    }

    /// <summary>
    /// Review 21, D6: "never solves" for "does not solve" read as a reversal under "Negation changed"; both negate, and
    /// "never" says more. Said as a strengthening, still flagged.
    /// </summary>
    [Fact]
    public void NeverSolvesForDoesNotSolveIsAStrengthenedNegation()
    {
        var match = Checker.Check("Abusing unilateral sanctions and long-arm jurisdiction never solves a problem, but only creates more difficulties.").Matches[0];
        var change = Assert.Single(match.MeaningChanges, c => c.Kind == MeaningChangeKind.Negation);
        Assert.StartsWith("Negation strengthened: the text says “not”, the quotation “never”", change.Description);
    }

    [Fact]
    public void TheSameNegationContractedIsNoChange()
    {
        var match = Checker.Check("Security of one country shouldn't come at the expense of that of others.").Matches[0];
        Assert.Empty(match.MeaningChanges);
    }
}
