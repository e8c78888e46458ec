using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A paraphrase of content/search-terms.yml adds forms to the words it is typed as, and takes none away: the words
/// as typed, each anywhere in a passage, still find it. Against the real content.
/// </summary>
public class ParaphraseWidensTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    /// <summary>
    /// "poor countries" (→ "developing countries") made the two words one clause, the phrase or its form, so commitment
    /// 2 ("all countries, big or small, strong or weak, rich or poor, are equal members") no longer held every word;
    /// Khokhar ¶9 was listed first.
    /// </summary>
    [Fact]
    public void TheTypedWordsApartStillFindThePassage()
    {
        var response = Search("rich and poor countries are equal members");
        Assert.Equal("paper/commitment-2", ResultGroups.Shown(response)[0].Id);
        Assert.Null(response.Relaxed);
    }

    /// <summary>A name is not widened: "African Union" does not find "African" beside another union.</summary>
    [Fact]
    public void ANameIsNotWidened() =>
        Assert.Equal(["paper/priority-8", "paper/priority-1"], ResultGroups.Shown(Search("African Union")).Select(h => h.Id));
}
