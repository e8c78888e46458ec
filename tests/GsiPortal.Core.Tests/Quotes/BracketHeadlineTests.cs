using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A quotation with the quoter's words in brackets ("security of one country [China] should not come…") is not headlined
/// "Found word for word" (review 19, T8): the headline, which is what ends up in print, names each bracket and what it
/// stands for or where it stands. The verdict stays exact, as with a cut marked by an ellipsis; a bracket in place of
/// the text's words leaves them out, which is not word for word; an editor's note at an end stays a note.
/// </summary>
public class BracketHeadlineTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Fact]
    public void TheReviewersBracketBesideTheTextsWordsIsNamedInTheHeadline()
    {
        var result = Checker.Check("security of one country [China] should not come at the expense of that of others");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("/paper/commitments/4#s3", result.Matches[0].Url);
        Assert.Equal("Word for word but for the quoter's brackets: “[China]” added after “country”", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void ABracketInPlaceOfTheTextsWordsIsNotWordForWord()
    {
        // The text's words left out for the bracket: not word for word, and said so (the closest passage, its differences).
        var result = Checker.Check("Security of [China] should not come at the expense of that of others.");
        Assert.Equal("/paper/commitments/4#s3", result.Matches[0].Url);
        Assert.DoesNotContain("word for word", QuoteVerdicts.Headline(result).Split(':')[0].Replace("Not word for word", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ABracketThatAddsWordsIsNamedWithWhereItStands()
    {
        var result = Checker.Check("Security of one country [in Asia] should not come at the expense of that of others.");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("Word for word but for the quoter's brackets: “[in Asia]” added after “country”", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void AnEditorsNoteAtTheEndIsNoBracketOfTheQuotersWords()
    {
        var result = Checker.Check("Security of one country should not come at the expense of that of others [emphasis added].");
        Assert.Equal("Found word for word", QuoteVerdicts.Headline(result));
    }
}
