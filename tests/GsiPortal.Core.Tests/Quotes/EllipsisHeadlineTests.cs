using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A quotation whose words are all the source's, with a cut marked by an ellipsis, is headlined so: "We uphold the
/// principle of indivisible security ... and between security and development." was headlined "Found word for word",
/// and only the detail said a cut was marked (a fresh-eyes review, the seventeenth session). On the real content.
/// </summary>
public class EllipsisHeadlineTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("We uphold the principle of indivisible security ... and between security and development.")]
    [InlineData("We uphold the principle of indivisible security … and between security and development.")]
    public void AWholeSentenceWithACutMarkedSaysTheCut(string quotation)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("/paper/commitments/4#s7", result.Matches[0].Url);
        Assert.Equal("Found word for word, with a cut marked by an ellipsis", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void TwoCutsAreCounted()
    {
        var result = Checker.Check("We uphold the principle of indivisible security ... between traditional security and non-traditional security, ... and between security and development.");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("Found word for word, with 2 cuts marked by ellipses", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void TheWholeSentenceUncutIsFoundWordForWord()
    {
        var result = Checker.Check("Security of one country should not come at the expense of that of others.");
        Assert.Equal("Found word for word", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void ACutInsideASentenceIsStillSaidFirst()
    {
        // Where the quoted words also stop inside the sentence, that is what the headline must say (issue 23).
        var result = Checker.Check("We uphold the principle of indivisible security ... between security rights and security obligations");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.StartsWith("Found word for word, but cut inside a sentence", QuoteVerdicts.Headline(result));
    }
}
