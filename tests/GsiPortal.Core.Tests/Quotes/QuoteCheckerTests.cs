using GsiPortal.Core.Quotes;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.Quotes;

public class QuoteCheckerTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Fact]
    public void AnExactQuotationIsFoundWithItsAddress()
    {
        var result = Checker.Check("“Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.”");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        var match = Assert.Single(result.Matches, m => m.Paragraph.Document.Id == "paper");
        Assert.Equal("/paper/commitments/4", match.Url);
        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void CaseQuotationMarksAndSpacingDoNotMatter() =>
        Assert.Equal(QuoteVerdict.Exact, Checker.Check("war AND SANCTIONS are no   fundamental solution to disputes").Verdict);

    [Fact]
    public void AQuotationFoundInSeveralTextsListsEachPlace()
    {
        // Chen Xiangyang repeats commitment 5's words; both places are listed.
        var result = Checker.Check("War and sanctions are no fundamental solution to disputes; only dialogue and consultation are effective in resolving differences.");
        Assert.Contains(result.Matches, m => m.Url == "/paper/commitments/5");
        Assert.Contains(result.Matches, m => m.Url == "/commentaries/chen-xiangyang#p10");
    }

    [Fact]
    public void AQuotationWithOneWordChangedFindsTheClosePassageWithTheDifferenceMarked()
    {
        var result = Checker.Check("Humanity is an indivisible peace community.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var best = result.Matches[0];
        Assert.Equal("/paper/commitments/4", best.Url);
        Assert.Equal(2, best.ChangedWords);
        Assert.Contains(new WordStep(WordChange.OnlyInFirst, "peace"), best.Differences);
        Assert.Contains(new WordStep(WordChange.OnlyInSecond, "security"), best.Differences);
    }

    [Fact]
    public void NonsenseIsNotFound()
    {
        var result = Checker.Check("Purple elephants juggle quantum marmalade beneath seventeen velvet moons.");
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        Assert.Empty(result.Matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    public void TooLittleIsRefusedWithAReason(string text) => Assert.Throws<InvalidQuoteException>(() => Checker.Check(text));

    [Fact]
    public void TooMuchIsRefusedWithAReason() =>
        Assert.Contains("at most", Assert.Throws<InvalidQuoteException>(() => Checker.Check(new string('a', QuoteChecker.MaxLength + 1))).Message);
}
