using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A query of excluded words only ("-security", "NOT security") names nothing to find: it is refused with a reason that
/// names the words left out and a query that would run, as the other refusals are — it used to find nothing, silently.
/// A query with any word to find, beside excluded ones, runs as before. Against the real content.
/// </summary>
public class OnlyExcludedWordsTests
{
    [Theory]
    [InlineData("-security", "“security”")]
    [InlineData("NOT security", "“security”")]
    [InlineData("-security -peace", "“security”, “peace”")]
    [InlineData("-\"common security\"", "“\"common security\"”")]
    [InlineData("-secur*", "“secur*”")]
    public void AQueryOfExcludedWordsOnlyIsRefusedNamingThem(string query, string named)
    {
        var refused = Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest(query)));
        Assert.StartsWith("A search cannot be only of excluded words", refused.Message);
        Assert.Contains($"leaves out {named} but names nothing to find", refused.Message);
    }

    [Fact]
    public void TheQueryItOffersRuns()
    {
        var refused = Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest("-security")));
        var offered = refused.Message.Split("as in “")[1].Split('”')[0];
        Assert.Equal("peace -security", offered);
        Assert.True(RealContent.Index.Search(new SearchRequest(offered)).Total > 0);
    }

    [Theory]
    [InlineData("peace -security")]
    [InlineData("security NOT peace")]
    [InlineData("-peace OR security")]
    [InlineData("non-traditional")]
    public void AQueryWithAWordToFindRuns(string query) => Assert.True(RealContent.Index.Search(new SearchRequest(query)).Total > 0, query);
}
