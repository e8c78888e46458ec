using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// An editor's bracketed note at a quotation's start or end ("[emphasis added]", "[sic]") is no word of the text. A
/// fresh-eyes review found "… at the expense of that of others [emphasis added]" aligned with the next sentence's "We"
/// and called "cut inside a sentence" at commitment 4's #s3-s4: it is the whole of sentence 3.
/// </summary>
public class EditorialNoteTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("security of one country should not come at the expense of that of others [emphasis added]", "[emphasis added]")]
    [InlineData("Security of one country should not come at the expense of that of others. [Emphasis mine]", "[Emphasis mine]")]
    [InlineData("Security of one country should not come at the expense of that of others [italics added].", "[italics added]")]
    [InlineData("“Security of one country should not come at the expense of that of others” [footnote omitted]", "[footnote omitted]")]
    [InlineData("Security of one country should not come at the expense of that of others. [sic]", "[sic]")]
    [InlineData("[Emphasis added] Security of one country should not come at the expense of that of others.", "[Emphasis added]")]
    public void ANoteAtEitherEndIsReadAsTheEditorsAndTheSentenceIsFoundWhole(string quotation, string note)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        var match = result.Matches[0];
        Assert.Equal("/paper/commitments/4#s3", match.Url);
        Assert.False(match.CutMidSentence);
        Assert.Equal([note], result.EditorialNotes);
        Assert.Equal("Found word for word", QuoteVerdicts.Headline(result));
        Assert.Equal($"“{note}” read as an editor's note, not as words of the text.", QuoteVerdicts.NotesRead(result));
    }

    [Fact]
    public void TwoNotesAtTheEndAreBothNotes()
    {
        var result = Checker.Check("Humanity is an indivisible security community [emphasis added] [footnote omitted].");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("/paper/commitments/4#s2", result.Matches[0].Url);
        Assert.Equal(["[emphasis added]", "[footnote omitted]"], result.EditorialNotes);
    }

    [Fact]
    public void ABracketStandingForWordsOfTheTextIsStillTheQuotersInsertion()
    {
        var result = Checker.Check("Security of one country should not come at the expense of that of [other countries].");
        Assert.Empty(result.EditorialNotes);
        Assert.Null(QuoteVerdicts.NotesRead(result));
        Assert.Contains(result.Matches[0].Differences, d => d.Kind == DifferenceKind.Bracketed && d.Quoted == "other countries");
    }

    [Fact]
    public void ANoteInsideTheQuotationIsNotTakenForOneAtItsEnd()
    {
        // Only the ends hold notes: a bracket mid-quotation is the quoter's, as it always was.
        var quote = new QuotedText("Security of one country [emphasis added] should not come at the expense of that of others.");
        Assert.Empty(quote.EditorialNotes);
        Assert.Contains(quote.Bracketed, b => b);
    }

    [Fact]
    public void APassageThatIsOnlyANoteHasNoWordsToCheck()
    {
        var refused = Assert.Throws<InvalidQuoteException>(() => Checker.Check("[emphasis added]"));
        Assert.Equal("Nothing to check", refused.Title);
    }
}
