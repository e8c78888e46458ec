using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// Titles and headings are the texts' own words (review 22, D5): Khokhar's title quoted word for word was "not a
/// quotation of any text … words put in the texts' mouths", and an altered title was pointed to nothing.
/// </summary>
public class TitleQuotationTests
{
    private static readonly Lazy<QuoteChecker> Checker = new(() => new QuoteChecker(RealContent.Library));

    [Theory]
    [InlineData("China's Vision for Shared Global Security: A New Initiative for a Safer World", "the title of Ovais Ali Khokhar's commentary", "/commentaries/ovais-ali-khokhar")]
    [InlineData("China’s vision for shared global security", "the title of Ovais Ali Khokhar's commentary", "/commentaries/ovais-ali-khokhar")]
    [InlineData("The Promise of the Global Security Initiative", "the title of Dong Chunling's commentary", "/commentaries/dong-chunling")]
    public void ATitleQuotedWordForWordIsFoundAsATitle(string quoted, string of, string url)
    {
        var result = Checker.Value.Check(quoted);
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        var title = Assert.IsType<TitleMatch>(result.Title);
        Assert.True(title.Exact);
        Assert.Equal(of, title.Of);
        Assert.Equal(url, title.Url);
        Assert.Null(result.Partly);
        Assert.StartsWith($"Word for word in {of}", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void AnAlteredTitleIsPointedTo()
    {
        var result = Checker.Value.Check("a new initiative for a safer and more just world order");
        var title = Assert.IsType<TitleMatch>(result.Title);
        Assert.False(title.Exact);
        Assert.Equal("China's Vision for Shared Global Security: A New Initiative for a Safer World", title.Title);
        Assert.Equal("Not a quotation of any text: close to the title of Ovais Ali Khokhar's commentary, with words changed", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void ACommentarysSectionHeadingIsItsWords()
    {
        // Lei Kezhong's third heading, "III. How to implement the Global Security Initiative?", in no paragraph.
        var result = Checker.Value.Check("How to implement the Global Security Initiative?");
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        Assert.Equal("a heading of Lei Kezhong's commentary", result.Title!.Of);
        Assert.True(result.Title.Exact);
        Assert.StartsWith("/commentaries/lei-kezhong#p", result.Title.Url);
    }

    [Theory]
    [InlineData("a nuclear war can easily be won by a determined major country")]
    [InlineData("the initiative will bring lasting peace to every corner of the planet within a decade")]
    public void WordsOfNoTextAreNoTitle(string quoted) => Assert.Null(Checker.Value.Check(quoted).Title);
}
