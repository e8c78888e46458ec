using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A reader's name for what the texts call otherwise, from the editors' list (content/search-terms.yml): no text says
/// "Global South", and they speak of it as "developing countries" (and Khokhar of "South-South" cooperation). "global
/// south" found Khokhar ¶9 alone (a fresh-eyes review, the nineteenth turn). Against the real content.
/// </summary>
public class ReadersNamesForTheTextsWordsTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Theory]
    [InlineData("global south")]
    [InlineData("Global South")]
    public void GlobalSouthFindsThePassagesOnDevelopingCountriesAndSaysItSearchedTheirWords(string typed)
    {
        var response = Search(typed);
        Assert.Equal("ovais-ali-khokhar/p9", response.Hits[0].Id);
        foreach (var id in new[] { "paper/platform-5", "paper/priority-12", "paper/priority-19", "lei-kezhong/p12" })
            Assert.Contains(response.Hits, h => h.Id == id);
        var also = Assert.Single(response.AlsoSearched);
        Assert.False(also.TypedFound);
        Assert.Contains("developing countries", also.Forms);
    }

    /// <summary>
    /// No text says "border": they write "territorial integrity" (commitment 2) and "trans-boundary" (priority 11).
    /// "respect for borders" found nothing, "borders" weighing most as a word found nowhere (a fresh-eyes review, the
    /// nineteenth turn).
    /// </summary>
    [Fact]
    public void BordersFindsTerritorialIntegrityAndSaysItSearchedTheTextsWords()
    {
        var response = Search("respect for borders");
        Assert.Equal("paper/commitment-2", response.Hits[0].Id);
        Assert.Contains(response.Hits, h => h.Id == "chen-xiangyang/p7");
        var also = Assert.Single(response.AlsoSearched);
        Assert.Equal("borders", also.Typed);
        Assert.False(also.TypedFound);
        Assert.Equal(["territorial integrity"], also.Forms);
        // A name the texts lack is still what was asked: no passage speaks of Mongolia.
        Assert.Equal(0, Search("Mongolia's border with China").Total);
    }
}
