using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// The text's own words contracted ("can't" for "cannot") are a difference of form, not of meaning: the check called
/// "can't" a replacement "which may change the meaning" (review 18). A contraction of other words stays flagged.
/// </summary>
public class ContractionTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("a nuclear war can't be won and must never be fought", "can't", "cannot")]
    [InlineData("a nuclear war can’t be won and must never be fought", "can’t", "cannot")]
    [InlineData("Abusing unilateral sanctions and long-arm jurisdiction doesn't solve a problem, but only creates more difficulties and complications.", "doesn't", "does not")]
    [InlineData("It isn't only the guiding principle for jointly addressing global challenges", "isn't", "is not")]
    public void TheTextsOwnWordsContractedAreAChangeOfFormNotOfMeaning(string quotation, string quoted, string source)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var match = result.Matches[0];
        Assert.Empty(match.MeaningChanges);
        Assert.Empty(match.Unjudged);
        Assert.Null(QuoteVerdicts.Unjudged(match));
        var contraction = Assert.Single(match.Contractions);
        Assert.Equal((quoted, source), (contraction.Quoted, contraction.Source));
        Assert.Equal($"Not word for word, but a contraction only: “{quoted}” for the text's “{source}”, a difference of form, not of meaning", QuoteVerdicts.Headline(result));
    }

    [Theory]
    // "won't" is "will not": the text's "can" replaced, as before.
    [InlineData("a nuclear war won't be won and must never be fought", MeaningChangeKind.Modal)]
    // "can" alone drops the text's negation.
    [InlineData("a nuclear war can be won and must never be fought", MeaningChangeKind.Negation)]
    public void AContractionOfOtherWordsIsStillFlagged(string quotation, MeaningChangeKind kind)
    {
        var match = Checker.Check(quotation).Matches[0];
        Assert.Empty(match.Contractions);
        Assert.Equal(kind, Assert.Single(match.MeaningChanges).Kind);
    }

    [Theory]
    [InlineData("we're", "we are", true)]
    [InlineData("we are", "we're", true)]
    [InlineData("won't", "will not", true)]
    [InlineData("they'd", "they would", true)]
    [InlineData("they'd", "they had", true)]
    [InlineData("we'll", "we will", true)]
    [InlineData("they've", "they have", true)]
    [InlineData("shouldn't", "should not", true)]
    // Not the same words: another modal, or a possessive's "'s", which may be "is", "has" or nobody's contraction.
    [InlineData("they'd", "they should", false)]
    [InlineData("won't", "would not", false)]
    [InlineData("it's", "it is", false)]
    [InlineData("can", "cannot", false)]
    public void WhichReplacementsAreContractions(string quoted, string source, bool contraction) =>
        Assert.Equal(contraction, Contraction.Is(new QuoteDifference(DifferenceKind.Substituted, quoted, source, 0)));
}
