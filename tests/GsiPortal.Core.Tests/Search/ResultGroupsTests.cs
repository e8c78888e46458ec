using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>The order the results page shows (a commentary's hits gathered at its best hit's rank) and the expansions it names.</summary>
public class ResultGroupsTests
{
    private static SearchResponse Search(string q, string? doc = null) => RealContent.Index.Search(new SearchRequest(q, Document: doc));

    [Fact]
    public void ACommentarysHitsStandTogetherAtItsBestHitsRankInRankOrder()
    {
        var response = Search("indivisible security");
        var groups = ResultGroups.Of(response, null).Single().Groups;
        var shown = ResultGroups.Shown(response);
        Assert.Equal(response.Hits[0].Id, shown[0].Id);
        Assert.Contains(groups, g => g.IsGroup);
        var rank = response.Hits.Select((h, i) => (h.Id, i)).ToDictionary(p => p.Id, p => p.i);
        // Each commentary in one group, its hits in rank order; groups in the order of their best hits.
        Assert.Equal(groups.Count(g => g.Document is not null), groups.Where(g => g.Document is not null).Select(g => g.Document).Distinct().Count());
        Assert.All(groups, g => Assert.Equal(g.Hits.Select(h => rank[h.Id]).Order(), g.Hits.Select(h => rank[h.Id])));
        Assert.Equal(groups.Select(g => rank[g.Hits[0].Id]).Order(), groups.Select(g => rank[g.Hits[0].Id]));
        // The paper's items stand alone.
        Assert.All(groups.Where(g => g.Hits.Any(h => h.Document == "paper")), g => Assert.Null(g.Document));
    }

    [Fact]
    public void ACommentarysWeakHitsDoNotPassAResultTwiceAsGood()
    {
        // Lei Kezhong ¶3 says "peace deficit"; thirteen more of his paragraphs hold "peace" and his title's words (the
        // record each carries). Gathered under ¶3 they stood above the paper's "deficits in peace", scoring more than
        // twice what any of them does.
        var response = Search("peace deficit");
        var shown = ResultGroups.Shown(response).Select(h => h.Id).ToList();
        Assert.Equal(["lei-kezhong/p3", "paper/background-p2", "chen-xiangyang/p3"], shown.Take(3));
        // Lei's others stand together after them: his commentary in two groups, the second where its hits rank.
        var groups = ResultGroups.Of(response, null).Single().Groups;
        Assert.Equal(2, groups.Count(g => g.Document == "lei-kezhong"));
        var paper = response.Hits.Single(h => h.Id == "paper/background-p2");
        Assert.All(groups.Last(g => g.Document == "lei-kezhong").Hits, h => Assert.True(paper.Score > ResultGroups.MostPassed * h.Score));
    }

    [Fact]
    public void EveryHitOfEveryPageIsShownSoPagingSkipsNothing()
    {
        // "Dong Chunling" matches all eighteen of her paragraphs by their record: page after page must show each once.
        var first = Search("Dong Chunling");
        Assert.True(first.PageCount > 1);
        var seen = new List<string>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            var response = RealContent.Index.Search(new SearchRequest("Dong Chunling", Page: page));
            var shown = ResultGroups.Shown(response);
            Assert.Equal(response.Hits.Select(h => h.Id).Order(), shown.Select(h => h.Id).Order());
            seen.AddRange(shown.Select(h => h.Id));
        }
        Assert.Equal(first.Total, seen.Distinct().Count());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public void ACommentarysMatchesOnOtherPagesAreCountedOnceUnderItsLastGroup()
    {
        var response = Search("Global Security Initiative");
        var groups = ResultGroups.Of(response, null).SelectMany(s => s.Groups).Where(g => g.Document is not null).ToList();
        var counted = groups.Where(g => g.More > 0).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, g => Assert.Equal(response.DocumentCounts[g.Document!] - groups.Where(o => o.Document == g.Document).Sum(o => o.Hits.Count), g.More));
        Assert.Equal(counted.Count, counted.Select(g => g.Document).Distinct().Count());
    }

    [Fact]
    public void FilteredToOneDocumentNothingIsGatheredOrCut()
    {
        var response = Search("security", doc: "chen-xiangyang");
        var groups = ResultGroups.Of(response, "chen-xiangyang").Single().Groups;
        Assert.All(groups, g => Assert.False(g.IsGroup));
        Assert.Equal(response.Hits.Select(h => h.Id), ResultGroups.Shown(response, "chen-xiangyang").Select(h => h.Id));
    }

    [Fact]
    public void ATooLittleSearchShowsItsStrictSectionThenItsRelaxedOne()
    {
        var sections = ResultGroups.Of(Search("nuclear war"), null);
        Assert.Equal([false, true], sections.Select(s => s.Relaxed));
        Assert.Equal(2, sections[0].Groups.Sum(g => g.Hits.Count));
    }

    [Fact]
    public void AParaphraseThatFoundSomethingIsNamed()
    {
        var also = Assert.Single(Search("cyber attacks").AlsoSearched);
        Assert.Equal("cyber attacks", also.Typed);
        Assert.Contains("cyber threats", also.Forms);
        Assert.Contains("cybersecurity", also.Forms);
        // No passage says "cyber attacks": the page must say the results are for the other forms.
        Assert.False(also.TypedFound);
    }

    [Fact]
    public void AnExpansionOfWordsTheTextsHoldSaysSo()
    {
        // "United Nations" is in the texts; "UN" is searched besides it.
        Assert.Contains(Search("United Nations").AlsoSearched, a => a.Typed == "United Nations" && a.TypedFound);
    }

    [Fact]
    public void AnAbbreviationNamesItsLongFormAndALongFormItsAbbreviation()
    {
        Assert.Contains(Search("UN Charter").AlsoSearched, a => a.Typed == "UN" && a.Forms.Contains("United Nations"));
        Assert.Contains(Search("United Nations").AlsoSearched, a => a.Typed == "United Nations" && a.Forms.Contains("UN"));
    }

    [Theory]
    [InlineData("outer space")]           // "space" expands to "outer space", which the reader typed
    [InlineData("Africa")]                // a derived form (African) is a word form, like stemming: not named
    [InlineData("indivisible security")]  // no expansion
    [InlineData("nuclear fusion reactor")] // nothing found, so nothing contributed
    public void NothingIsNamedThatTheReaderTypedOrThatFoundNothing(string query) => Assert.Empty(Search(query).AlsoSearched);
}
