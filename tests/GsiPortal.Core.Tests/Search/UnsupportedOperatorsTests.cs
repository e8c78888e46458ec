using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Operators this search does not have are said, not searched as nothing: "sec?rity" (Lucene's one-letter wildcard) said
/// "No passage mentions “sec?rity”", and a '*' alone "No passage mentions “*”", where "s*" is explained (a fresh-eyes
/// review, the seventeenth session). On the real content.
/// </summary>
public class UnsupportedOperatorsTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void AQuestionMarkInsideAWordIsSaidAndTheWordSearchedWithoutIt()
    {
        var response = Search("sec?rity");
        var note = Assert.Single(response.Notes);
        Assert.Equal("“sec?rity”: ? is not a wildcard in this search, so the word was searched without it, as “secrity”. "
            + "To find the words that begin with some letters, end them with *, as in “sec*”.", note);
        // "secrity" is corrected as any slip is: the reader finds "security".
        Assert.Equal("security", response.Corrected);
        Assert.Equal(Search("security").Total, response.Total);
    }

    [Theory]
    [InlineData("what is indivisible security?")]
    [InlineData("why?")]
    [InlineData("security ? peace")]
    public void AQuestionMarkEndingAWordIsNoWildcard(string query)
    {
        Assert.Empty(ReaderQuery.Parse(ReaderQuery.Clean(query)).QuestionMarks);
        Assert.Empty(Search(query).Notes);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("* security")]
    public void AStarAloneIsExplained(string query)
    {
        var note = Assert.Single(Search(query).Notes);
        Assert.EndsWith("alone was not searched: a * stands for the end of a word after at least 2 of its letters, "
            + "as in “secur*” (security, secure, securing); alone it would stand for every word of the texts.", note);
    }

    [Fact]
    public void AStarBesideWordsLeavesTheirSearchAsItWas() =>
        Assert.Equal(Search("security").Hits.Select(h => h.Id), Search("* security").Hits.Select(h => h.Id));
}
