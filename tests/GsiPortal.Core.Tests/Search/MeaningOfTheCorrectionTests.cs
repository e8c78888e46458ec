using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Review 21, D4: "artifical inteligence rules" was searched by its words as corrected ("artificial intelligence rules")
/// and asked of the language model as typed, which found nothing ("No passage stands out by meaning for 'artifical
/// inteligence rules'"). The model is now asked the words the page searched.
/// </summary>
public class MeaningOfTheCorrectionTests
{
    [Fact]
    public async Task TheModelIsAskedTheCorrectedWordsWhereThePageSearchedThem()
    {
        var asked = new List<string>();
        var search = new MeaningSearch(MeaningModel.Shared, query =>
        {
            lock (asked) asked.Add(query);
            return MeaningModel.Shared.Query(query);
        }, Timeout.InfiniteTimeSpan);
        await search.Prepare(RealContent.Library);
        var request = new SearchRequest("artifical inteligence rules");
        var keywords = RealContent.Index.Search(request);
        Assert.True(keywords.SearchedCorrected);
        Assert.Equal("artificial intelligence rules", keywords.MeaningQuery);
        var answer = search.Extend(RealContent.Library, request, keywords);
        Assert.Equal(MeaningStatus.Done, answer.ByMeaningStatus);
        Assert.Equal(["artificial intelligence rules"], asked);
    }

    [Fact]
    public void AQueryNotCorrectedIsAskedAsTyped()
    {
        var keywords = RealContent.Index.Search(new SearchRequest("cold war mentality"));
        Assert.False(keywords.SearchedCorrected);
        Assert.Equal(keywords.Query, keywords.MeaningQuery);
    }
}
