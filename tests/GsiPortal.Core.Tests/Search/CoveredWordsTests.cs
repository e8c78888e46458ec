using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Where a reader's words find nothing, the model's nearest passage does not stand out and the words' nearest unit is
/// another or none, the passage is still shown when it holds part of the words and every word of the subject it lacks
/// is covered by a word it holds, none of them a name (docs/search.md, the twelfth turn). Against the real content,
/// with the real model.
/// </summary>
public class CoveredWordsTests
{
    private static SearchResponse Keywords(string q) => RealMeaning.Keywords(q);

    private static SearchResponse WithMeaning(string q) => RealMeaning.WithMeaning(q);

    [Theory]
    // Priority 10 holds "Pacific"; "disasters" is among the words of the texts nearest "earthquakes" and "floods".
    [InlineData("earthquakes and floods in the Pacific", "paper/priority-10", "Pacific island|Pacific island|Pacific")]
    // Priority 3 holds "stopping" (as "preventing") and "nuclear"; "nuclear" is near "bombs", "promote" near "spread".
    [InlineData("stopping the spread of nuclear bombs", "paper/priority-3", "nuclear|nuclear")]
    // Priority 19 holds "narcotics" (as "drugs"); "drugs" is near "smuggling".
    [InlineData("smuggling narcotics", "paper/priority-19", "drug control|drug control|drug problem")]
    public void APassageHoldingPartOfTheWordsAndWordsNearTheRestIsShownByMeaning(string query, string passage, string marked)
    {
        var keywords = Keywords(query);
        Assert.Equal(0, keywords.Total);
        // Neither of the two earlier signals speaks: the words' nearest unit is not offered or is another.
        Assert.NotEqual(passage, keywords.NearestByWords);
        var found = WithMeaning(query);
        Assert.Equal([passage], found.ByMeaning.Select(h => h.Id));
        Assert.Empty(found.Hits);
        // The words it holds marked as the words' own results mark them (the searched forms: "drug" for "narcotics").
        Assert.Equal(marked.Split('|'), found.ByMeaning[0].Snippet.Where(r => r.Marked).Select(r => r.Text));
    }

    [Theory]
    // Priority 16 holds "space", and no word of it is near "tourism".
    [InlineData("space tourism")]
    // The word of the priorities' introduction nearest "aircraft" is "carry" ("carry out"), fourth nearest of the texts'.
    [InlineData("how many aircraft carriers does China have")]
    [InlineData("women in peacekeeping")]
    // Priority 19's "officers" and "crime" are near "police" and "violence", but it holds too little of the weight.
    [InlineData("police violence against protesters")]
    // A name the passage lacks: no other word stands for "Sudan".
    [InlineData("can China help end the war in Sudan by talking")]
    public void ANoAnswerQueryNearATopicTheTextsTreatGetsNothing(string query)
    {
        Assert.Equal(0, Keywords(query).Total);
        Assert.Empty(WithMeaning(query).ByMeaning);
    }

    [Fact]
    public void WhatAUnitHoldsIsWeighedAsTheFloorWeighsIt()
    {
        var held = Keywords("earthquakes and floods in the Pacific").HeldBy!("paper/priority-10")!;
        // "floods", a word of everyday English found nowhere, is weighed lightly beside "Pacific", as the floor weighs
        // it, and is not asked about; "earthquakes" is.
        Assert.Equal(["earthquakes"], held.Lacking);
        Assert.False(held.LacksName);
        Assert.InRange(held.Share, MeaningRule.CoveredShare, 0.5);
        // "Sudan", typed with its capital, is a name the passage lacks.
        Assert.True(Keywords("can China help end the war in Sudan by talking").HeldBy!("ovais-ali-khokhar/p11")!.LacksName);
        // A query the words answered offers nothing to weigh.
        Assert.Null(Keywords("nuclear war").HeldBy);
    }

    [Fact]
    public void AWordIsCoveredOnlyByOneOfItsNearestWordsOfTheTexts()
    {
        var index = RealMeaning.Index;
        var units = index.Units.Select(u => u.Id).ToList();
        var word = (string w) => MeaningModel.Shared.Word(w)!;
        Assert.True(index.Words.Covers(units.IndexOf("paper/priority-10"), word("earthquakes")));
        Assert.True(index.Words.Covers(units.IndexOf("paper/priority-19"), word("smuggling")));
        Assert.False(index.Words.Covers(units.IndexOf("paper/priority-16"), word("tourism")));
        Assert.False(index.Words.Covers(units.IndexOf("paper/priority-1"), word("women")));
        // A word of the texts has its own vector, kept with the passages'.
        Assert.NotNull(index.Words.Of("disasters"));
        Assert.Null(index.Words.Of("earthquakes"));
    }

    [Fact]
    public void ACoveredPassageIsShownOnlyAsTheModelsNearestAndOnlyWhereTheWordsFoundNothing()
    {
        (int, float, float)[] flat = [(3, 0.66f, 0.66f), (1, 0.64f, 0.64f), (2, 0.5f, 0.5f)];
        Assert.Equal([3], MeaningRule.Choose(flat, keywordTotal: 0, covered: (u, _) => u == 3).Select(n => n.Unit));
        Assert.Empty(MeaningRule.Choose(flat, keywordTotal: 0, covered: (u, _) => u == 1));
        Assert.Empty(MeaningRule.Choose(flat, keywordTotal: 0, covered: (_, _) => false));
        (int, float, float)[] besideWords = [(3, 0.60f, 0.60f), (1, 0.59f, 0.59f), (2, 0.5f, 0.5f)];
        Assert.Empty(MeaningRule.Choose(besideWords, keywordTotal: 1, covered: (_, _) => true));
    }
}
