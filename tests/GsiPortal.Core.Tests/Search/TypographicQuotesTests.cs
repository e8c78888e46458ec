using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Quotation marks as phones, word processors and copied articles write them (“ ”, ‘ ’, „ “, « ») quote a phrase as '"'
/// does: “security of one country” was searched as loose words, 8 results against the phrase's 2 (a fresh-eyes review,
/// the seventeenth session). An apostrophe is not a quotation mark. On the real content.
/// </summary>
public class TypographicQuotesTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Theory]
    [InlineData("“security of one country”")]
    [InlineData("„security of one country“")]
    [InlineData("«security of one country»")]
    [InlineData("« security of one country »")]
    [InlineData("‘security of one country’")]
    public void CurlyQuotesSearchThePhrase(string typed)
    {
        var phrase = Search("\"security of one country\"");
        Assert.True(phrase.Total < Search("security of one country").Total);
        var response = Search(typed);
        Assert.Equal(phrase.Total, response.Total);
        Assert.Equal(phrase.Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void APhraseQuotedBesideWordsIsAPhrase()
    {
        var query = ReaderQuery.Parse(ReaderQuery.Clean("“indivisible security community” Chen"));
        Assert.Equal([QueryClauseKind.Phrase, QueryClauseKind.Word], query.Groups.Single().Select(c => c.Kind));
    }

    [Theory]
    [InlineData("China’s sovereignty", "China's sovereignty")]
    [InlineData("the countries’ concerns", "the countries' concerns")]
    [InlineData("‘China’s concerns’", "\"China's concerns\"")]
    public void AnApostropheIsNoQuotationMark(string typed, string meant)
    {
        Assert.Equal(Search(meant).Hits.Select(h => h.Id), Search(typed).Hits.Select(h => h.Id));
        Assert.Equal(meant.Count(c => c == '"'), ReaderQuery.Clean(typed).Count(c => c == '"'));
    }

    [Fact]
    public void AnUnclosedCurlyQuoteIsOfferedAsAPhrase() =>
        Assert.Equal("indivisible security", Search("“indivisible security").Unclosed?.Words);

    /// <summary>
    /// A no-break space, as word processors and web pages put between words, is a space: it joined two words into a
    /// phrase ("indivisible security": 5 results, not 8; review 19, T7). So are the other spaces of typography.
    /// </summary>
    [Theory]
    [InlineData("indivisible\u00A0security")]
    [InlineData("indivisible\u202Fsecurity")]
    [InlineData("indivisible\u2009security")]
    [InlineData("indivisible\u2003security")]
    public void ANoBreakSpaceIsASpace(string typed)
    {
        Assert.Equal("indivisible security", ReaderQuery.Clean(typed));
        var words = Search("indivisible security");
        Assert.True(words.Total > Search("\"indivisible security\"").Total);
        Assert.Equal(words.Hits.Select(h => h.Id), Search(typed).Hits.Select(h => h.Id));
        Assert.Equal(words.Total, Search(typed).Total);
    }
}
