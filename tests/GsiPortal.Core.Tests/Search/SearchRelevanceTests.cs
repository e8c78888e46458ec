using GsiPortal.Core.Text;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

public class SearchRelevanceTests
{
    private static SearchResponse Search(string q, string? kind = null, string? doc = null, int page = 1) =>
        RealContent.Index.Search(new SearchRequest(q, kind, doc, page));

    [Fact]
    public void IndivisibleSecurityFindsCommitmentFourFirstWithThePhraseMarked()
    {
        var response = Search("indivisible security");
        var first = response.Hits[0];
        Assert.Equal("paper/commitment-4", first.Id);
        Assert.Equal("/paper/commitments/4", first.Url);
        Assert.Contains(new TextRun("indivisible security", Marked: true), first.Snippet);
    }

    [Fact]
    public void CommentaryParagraphsThatDiscussItComeNext() =>
        Assert.Contains(Search("indivisible security").Hits.Skip(1).Take(4), h => h.Kind == UnitKinds.Commentary);

    [Theory]
    [InlineData("nuclear war", "paper/priority-3")]
    [InlineData("Tianjin", "paper/priority-14")]
    [InlineData("NPT", "paper/priority-3")]
    [InlineData("\"a nuclear war cannot be won\"", "paper/priority-3")]
    [InlineData("weaponization", "paper/priority-16")] // the word as typed, before priorities 3 and 4's "weapons"
    public void QueriesFindTheirItemFirst(string query, string expected) => Assert.Equal(expected, Search(query).Hits[0].Id);

    [Fact]
    public void AfricanUnionFindsTheAuSentences()
    {
        var ids = Search("African Union").Hits.Select(h => h.Id).ToList();
        Assert.Contains("paper/priority-1", ids);
        Assert.Contains("paper/priority-8", ids);
    }

    [Fact]
    public void AMisspellingThatStemmingAlreadyMeetsIsCorrectedAndSaysSo()
    {
        // "indivisable" and "indivisible" stem alike, so the words as typed found commitment 4 too, and the page said
        // nothing of the correction stemming made (a fresh-eyes review): it is searched corrected, as any misspelling.
        var response = Search("indivisable security");
        Assert.Equal("indivisible security", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("\"indivisable\" security", response.AsTyped);
        Assert.Equal("paper/commitment-4", response.Hits[0].Id);
    }

    [Fact]
    public void AQueryThatFindsNothingIsCorrectedAndSearchedAtOnce()
    {
        var response = Search("sanctoins");
        Assert.Equal("sanctions", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Contains(response.Hits, h => h.Id == "paper/commitment-5");
    }

    [Fact]
    public void AKnownWordIsNotCorrected() => Assert.Null(Search("sanctions").Corrected);

    [Fact]
    public void StemmingFindsOtherFormsOfAWord()
    {
        Assert.Contains(Search("sanction").Hits, h => h.Id == "paper/commitment-5");
        Assert.Contains(new TextRun("sanctions", Marked: true), Search("sanction").Hits.First(h => h.Id == "paper/commitment-5").Snippet);
        Assert.True(Search("securities").Total > 20);
    }

    [Fact]
    public void WildcardAndExclusionWork()
    {
        Assert.Equal(Search("secur*").Total, Search("security OR secure OR securing OR securities").Total, 0.2 * Search("secur*").Total);
        var without = Search("sanctions -commentary -unilateral");
        Assert.DoesNotContain(without.Hits, h => string.Concat(h.Snippet.Select(r => r.Text)).Contains("unilateral", StringComparison.OrdinalIgnoreCase) && h.Id == "paper/commitment-5");
        Assert.True(Search("terrorism NOT climate").Total < Search("terrorism").Total);
    }

    [Fact]
    public void FacetsCountEveryKindAndDocumentAndFiltersNarrow()
    {
        var all = Search("security");
        Assert.Equal(all.Total, all.KindCounts.Values.Sum());
        Assert.Equal(all.Total, all.DocumentCounts.Values.Sum());
        var commitments = Search("security", kind: "commitment");
        Assert.Equal(all.KindCounts["commitment"], commitments.Total);
        Assert.All(commitments.Hits, h => Assert.Equal("commitment", h.Kind));
        Assert.Equal(all.KindCounts, commitments.KindCounts);
        var chen = Search("security", doc: "chen-xiangyang");
        Assert.All(chen.Hits, h => Assert.Equal("chen-xiangyang", h.Document));
    }

    [Fact]
    public void PagesDoNotOverlap()
    {
        var one = Search("security", page: 1).Hits.Select(h => h.Id);
        var two = Search("security", page: 2).Hits.Select(h => h.Id);
        Assert.Equal(SearchLimits.PageSize, one.Count());
        Assert.Empty(one.Intersect(two));
    }
}
