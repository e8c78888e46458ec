using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Search by meaning on the real content, with the real model: it finds what a reader's own words mean where the
/// keywords find too little, adds nothing to a keyword search that works, and leaves the tuning sets' no-answer
/// queries empty. The model loads once per test process (MeaningModel.Shared), the passages are embedded once.
/// </summary>
public class MeaningSearchTests
{
    private static readonly Lazy<MeaningSearch> Ready = new(() =>
    {
        var meaning = new MeaningSearch(MeaningModel.Shared);
        meaning.Prepare(RealContent.Library).GetAwaiter().GetResult();
        return meaning;
    });

    private static SearchResponse Keywords(string q) => RealContent.Index.Search(new SearchRequest(q));

    private static SearchResponse WithMeaning(string q) => Ready.Value.Extend(RealContent.Library, new SearchRequest(q), Keywords(q));

    [Theory]
    // Priority 7 speaks of "the Palestinian question" and "the Middle East", never "Israel" or "peace between".
    [InlineData("peace between Israel and Palestine", "paper/priority-7")]
    // Priority 19: "transnational organized crime", "cross-border"; no unit holds "fighting … across borders".
    [InlineData("fighting organized crime across borders", "paper/priority-19")]
    public void AReadersOwnWordsFindThePassageByMeaningWhereTheKeywordsDoNot(string query, string passage)
    {
        var keywords = Keywords(query);
        Assert.DoesNotContain(keywords.Hits, h => h.Id == passage);
        var found = WithMeaning(query);
        Assert.Equal(passage, Assert.IsType<SearchHit>(found.ByMeaning.FirstOrDefault()).Id);
        // The keyword results are untouched: meaning only adds after them.
        Assert.Equal(keywords.Hits.Select(h => h.Id), found.Hits.Select(h => h.Id));
        Assert.Equal(keywords.Total, found.Total);
    }

    [Fact]
    public void TheTuningSetsNoAnswerQueriesGetNothingByMeaning()
    {
        var noAnswer = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f)))
            .Where(j => !j.HasAnswer)
            .ToList();
        Assert.True(noAnswer.Count >= 25, $"{noAnswer.Count} no-answer queries");
        var spoke = noAnswer.Where(j => WithMeaning(j.Query).ByMeaning.Count > 0).Select(j => j.Query).ToList();
        Assert.True(spoke.Count == 0, "found by meaning for: " + string.Join(", ", spoke));
    }

    [Theory]
    [InlineData("indivisible security")]
    [InlineData("nuclear war")]
    [InlineData("climate change")]
    public void AKeywordSearchThatFindsEnoughGetsNothingByMeaning(string query)
    {
        Assert.True(Keywords(query).Total >= MeaningRule.KeywordsTooFew);
        Assert.Empty(WithMeaning(query).ByMeaning);
    }

    [Fact]
    public void BeforeItsPassagesArePreparedAContentVersionHasNoMeaningResults()
    {
        // Never prepared: the request path builds nothing, so the search is the keywords' alone.
        var unprepared = new MeaningSearch(MeaningModel.Shared);
        var query = "peace between Israel and Palestine";
        Assert.Empty(unprepared.Extend(RealContent.Library, new SearchRequest(query), Keywords(query)).ByMeaning);
    }

    [Theory]
    [InlineData(0.70f, 0.60f, true)]   // 0.70 + 0.10: stands out
    [InlineData(0.66f, 0.64f, false)]  // high, but 0.66 + 0.02 is a flat top, as no-answer queries have
    [InlineData(0.60f, 0.50f, true)]   // modest, but clear of the rest
    public void TheNearestPassageMustStandOutFromTheSecond(float first, float second, bool speaks)
    {
        var chosen = MeaningRule.Choose([(0, first), (1, second), (2, second - 0.1f)]);
        Assert.Equal(speaks, chosen.Count > 0);
    }
}
