using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Where a reader's words find nothing and the model's nearest passage does not stand out, each signal alone is too
/// weak to show anything; where they agree on one passage, it is shown as found by meaning (docs/search.md, the
/// eleventh turn). Against the real content, with the real model.
/// </summary>
public class WordsAndMeaningAgreeTests
{
    private static SearchResponse Keywords(string q) => RealMeaning.Keywords(q);

    private static SearchResponse WithMeaning(string q) => RealMeaning.WithMeaning(q);

    [Theory]
    // Priority 4 holds "landmines" (searched as "demining"), not "rid", which alone held 45 % of the weight.
    [InlineData("getting rid of landmines", "paper/priority-4", "humanitarian demining", "demining")]
    // ("how to calm tensions between states" was a case here, commitment 5 by "diffuse tensions": since the twenty-sixth
    // turn its words find commitment 5 themselves, "states" let go, and OneEverydayWordTests pins it.)
    public void WhereTheWordsNearestUnitIsTheModelsNearestPassageItIsShownByMeaning(string query, string passage, string shownBy, string marked)
    {
        var keywords = Keywords(query);
        Assert.Equal(0, keywords.Total);
        Assert.Equal(passage, keywords.NearestByWords);
        var found = WithMeaning(query);
        // That passage alone, as found by meaning; the keyword results stay empty.
        Assert.Equal([passage], found.ByMeaning.Select(h => h.Id));
        Assert.Equal(0, found.Total);
        Assert.Empty(found.Hits);
        // Shown by the sentence holding the words, not by the model's nearest (for priority 4, the sentence on destroying
        // weapons of mass destruction: "getting rid of"), with the query's words it holds marked as the words' own results
        // mark them ("demining" for "landmines": a reader's review found it unmarked, as if the passage did not hold it).
        Assert.Contains(shownBy, string.Concat(found.ByMeaning[0].Snippet.Select(r => r.Text)));
        Assert.Equal([marked], found.ByMeaning[0].Snippet.Where(r => r.Marked).Select(r => r.Text));
    }

    [Theory]
    // Priority 16 holds "space", and is the model's nearest passage too; but "tourism", found nowhere, is what was
    // asked, and "space" holds too little of the weight to be offered.
    [InlineData("space tourism")]
    [InlineData("women in peacekeeping")]
    public void ANoAnswerQueryNearATopicTheTextsTreatOffersNoUnitByItsWords(string query)
    {
        var keywords = Keywords(query);
        Assert.Equal(0, keywords.Total);
        Assert.Null(keywords.NearestByWords);
        Assert.Empty(WithMeaning(query).ByMeaning);
    }

    [Theory]
    [InlineData("nuclear war")]
    [InlineData("Taiwan")]
    public void AQueryWhoseWordsFoundSomethingOffersNoNearestUnit(string query)
    {
        Assert.True(Keywords(query).Total > 0);
        Assert.Null(Keywords(query).NearestByWords);
    }

    [Fact]
    public void TheyAgreeOnlyOnTheModelsNearestPassageAndOnlyWhereTheWordsFoundNothing()
    {
        // Flat at the top (0.66 + 0.02): the model alone does not speak.
        (int, float, float)[] flat = [(3, 0.66f, 0.66f), (1, 0.64f, 0.64f), (2, 0.5f, 0.5f)];
        Assert.Empty(MeaningRule.Choose(flat, keywordTotal: 0));
        Assert.Equal([3], MeaningRule.Choose(flat, keywordTotal: 0, nearestByWords: 3).Select(n => n.Unit));
        // The words' nearest unit is the model's second: no agreement.
        Assert.Empty(MeaningRule.Choose(flat, keywordTotal: 0, nearestByWords: 1));
        // Beside keyword results the rule is the model's alone.
        (int, float, float)[] besideWords = [(3, 0.60f, 0.60f), (1, 0.59f, 0.59f), (2, 0.5f, 0.5f)];
        Assert.Empty(MeaningRule.Choose(besideWords, keywordTotal: 1, nearestByWords: 3));
    }
}
