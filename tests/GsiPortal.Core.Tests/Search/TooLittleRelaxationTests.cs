using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A query that finds too little (one or two units) keeps its strict results first and gets relaxed ones after
/// them; a query with no answer still finds nothing. Against the real content.
/// </summary>
public class TooLittleRelaxationTests
{
    private static SearchResponse Search(string q, int page = 1) => RealContent.Index.Search(new SearchRequest(q, Page: page));

    [Fact]
    public void TwoStrictResultsComeFirstAndRelaxedOnesFollowThem()
    {
        // Only priority 3 and Dong Chunling ¶10 hold "nuclear war"; other units hold "nuclear" without "war".
        var response = Search("nuclear war");
        var relaxed = Assert.IsType<Relaxation>(response.Relaxed);
        Assert.True(relaxed.AfterStrict);
        Assert.Equal(2, relaxed.Strict);
        Assert.Equal(["paper/priority-3", "dong-chunling/p10"], response.Hits.Take(2).Select(h => h.Id));
        Assert.True(response.Hits.Count >= 4, $"{response.Hits.Count} results");
        Assert.Equal(response.Hits.Count, response.Hits.Select(h => h.Id).Distinct().Count());
        Assert.True(response.Total >= relaxed.Strict + PortalIndex.ClearlyMore);
    }

    [Fact]
    public void OneStrictResultGetsRelaxedExtrasAfterIt()
    {
        // Only Lei Kezhong ¶4 names "the six commitments" with "what" in it; without the question word more do.
        var response = Search("what are the six commitments");
        var relaxed = Assert.IsType<Relaxation>(response.Relaxed);
        Assert.Equal(1, relaxed.Strict);
        Assert.Contains("what", relaxed.NotRequired);
        Assert.Equal("lei-kezhong/p4", response.Hits[0].Id);
        Assert.True(response.Hits.Count >= 3);
    }

    [Fact]
    public void ALaterPageHoldsOnlyRelaxedResultsAndNeverRepeatsTheStrictOnes()
    {
        // One unit holds every word (the bylines now name China: Lei Kezhong is its ambassador); dozens hold most.
        var first = Search("what will China do with the GSI");
        var strict = first.Hits.Take(first.Relaxed!.Strict).Select(h => h.Id).ToList();
        Assert.Single(strict);
        var second = Search("what will China do with the GSI", page: 2);
        Assert.NotEmpty(second.Hits);
        Assert.DoesNotContain(second.Hits, h => strict.Contains(h.Id));
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(first.Total, second.Total);
    }

    [Theory]
    [InlineData("Tianjin")]               // one word: nothing to relax
    [InlineData("indivisible security")]  // enough already
    [InlineData("African Union")]         // one expansion clause, two results
    public void AQueryThatFindsEnoughOrHasOneWordIsNotRelaxed(string query) => Assert.Null(Search(query).Relaxed);

    [Fact]
    public void NoAnswerQueriesOfBothJudgedSetsStillFindNothing()
    {
        var noAnswer = new[] { "tests/Shared/search-judgements.tsv", "tests/Shared/search-judgements-late.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path(f))).Where(j => !j.HasAnswer).ToList();
        Assert.True(noAnswer.Count >= 14);
        foreach (var j in noAnswer)
            Assert.True(Search(j.Query).Total == 0, $"“{j.Query}” found {Search(j.Query).Total}");
    }
}
