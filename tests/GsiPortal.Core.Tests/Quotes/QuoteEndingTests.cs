using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A quotation that ends by changing the text is measured against the rest of the sentence it stops in, where that
/// rest was replaced (a reader's review: "… should be ignored." passed as a mere difference, with "… should be taken"
/// offered as the text to copy). Commitment 4: "The legitimate and reasonable security concerns of all countries should
/// be taken seriously and addressed properly, not persistently ignored or systemically challenged." and "Security of
/// one country should not come at the expense of that of others."
/// </summary>
public class QuoteEndingTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    private static QuoteMatch Closest(string quotation)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        return result.Matches[0];
    }

    [Fact]
    public void AQuotationEndingWithAWordTheTextDeniesDropsTheNegation()
    {
        var match = Closest("The legitimate and reasonable security concerns of all countries should be ignored.");
        Assert.Equal("/paper/commitments/4#s5", match.Url);
        var change = Assert.Single(match.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Negation, change.Kind);
        Assert.Contains("not", change.Source);
        var difference = Assert.Single(match.Differences);
        Assert.Equal(DifferenceKind.Substituted, difference.Kind);
        Assert.Equal("ignored", difference.Quoted);
        Assert.Equal("taken seriously and addressed properly not persistently ignored or systemically challenged", difference.Source);
        // The text offered to copy is the sentence, not "… should be taken".
        Assert.Equal("The legitimate and reasonable security concerns of all countries should be taken seriously and addressed properly, not persistently ignored or systemically challenged.", match.SourceText);
        Assert.False(match.EndsMidSentence);
    }

    [Fact]
    public void WordsPutInPlaceOfTheSentencesLastFewAreSaidToReplaceThem()
    {
        var match = Closest("Security of one country should not come at the expense of that of its neighbours.");
        var difference = Assert.Single(match.Differences);
        Assert.Equal(DifferenceKind.Substituted, difference.Kind);
        Assert.Equal("its neighbours", difference.Quoted);
        Assert.Equal("others", difference.Source);
        Assert.Equal("Security of one country should not come at the expense of that of others.", match.SourceText);
        Assert.Empty(match.MeaningChanges);
    }

    [Fact]
    public void AQuotationThatStopsInsideALongSentenceWithItsLastWordMisspeltIsNotBlamedForTheRest()
    {
        var match = Closest("The legitimate and reasonable security concerns of all countries should be taken seriusly");
        Assert.Empty(match.MeaningChanges);
        Assert.True(match.EndsMidSentence);
        Assert.DoesNotContain("ignored", match.SourceText);
    }

    [Fact]
    public void AQuotationThatStopsEarlyWordForWordIsStillExact()
    {
        var result = Checker.Check("The legitimate and reasonable security concerns of all countries should be taken seriously");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.True(result.Matches[0].EndsMidSentence);
    }
}
