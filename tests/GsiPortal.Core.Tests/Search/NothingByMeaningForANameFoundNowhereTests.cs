using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Review 23's D7 (docs/search.md, the twenty-ninth turn): where every word of substance the words found nothing for is
/// one the texts never write, beside none but their commonest ("china"), it is what was asked, and the model's passages
/// near the rest of the query are not shown. "what does china say about nato" showed three unrelated passages open;
/// this turn's own "what does china say about the dalai lama", written before the code, three more.
/// </summary>
public class NothingByMeaningForANameFoundNowhereTests
{
    [Theory]
    [InlineData("what does china say about nato")]
    [InlineData("what does china say about the dalai lama")]
    public void NoPassageIsShownByMeaning(string query)
    {
        var keywords = RealMeaning.Keywords(query);
        Assert.Equal(0, keywords.Total);
        Assert.Contains(keywords.Separately, w => w.Units == 0);
        Assert.Empty(RealMeaning.WithMeaning(query).ByMeaning);
    }

    [Theory]
    [InlineData("rising sea levels threatening island nations", "paper/priority-10")] // "rising" found nowhere, beside found words
    [InlineData("keeping boats safe on rivers that cross borders", "paper/priority-11")]
    public void AWordFoundNowhereBesideFoundWordsOfTheSubjectStillLetsAPassageStandOut(string query, string first) =>
        Assert.Equal(first, RealMeaning.WithMeaning(query).ByMeaning[0].Id);

    [Fact]
    public void TheRuleReadsEachWordsOwnCount()
    {
        Assert.True(MeaningSearch.OnlyWordsFoundNowhere([new("china", "china", 73), new("nato", "nato", 0)], 106));
        Assert.False(MeaningSearch.OnlyWordsFoundNowhere([new("china", "china", 73), new("tibet", "tibet", 0), new("peace", "peace", 20)], 106));
        Assert.False(MeaningSearch.OnlyWordsFoundNowhere([new("china", "china", 73), new("security", "security", 60)], 106));
        Assert.False(MeaningSearch.OnlyWordsFoundNowhere([], 106));
    }
}
