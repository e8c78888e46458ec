using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A near-quotation that is no quotation is pointed to the passage it paraphrases: its words' stems, weighed by their
/// rarity, not its exact words, which counted "China" (in nearly every commentary paragraph) as much as
/// "weaponization" (a fresh-eyes review: "China opposes the weaponization of food" was said to resemble Dong Chunling
/// ¶11, on counter-terrorism, rather than priority 18, "avoid politicizing and weaponizing food security issues").
/// </summary>
public class ParaphraseSourceTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("China opposes the weaponization of food", "/paper/priorities/18")]
    [InlineData("China will not interfere in the internal affairs of other countries", "/paper/commitments/2")]
    public void AParaphraseOfThePaperResemblesThePassageItParaphrases(string paraphrase, string address)
    {
        var result = Checker.Check(paraphrase);
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        Assert.StartsWith(address, result.Resembles!.Url);
    }

    [Fact]
    public void WordsAboutNothingTheTextsSayResembleNothing() =>
        Assert.Null(Checker.Check("The moon landing happened in July of 1969 with astronauts").Resembles);
}
