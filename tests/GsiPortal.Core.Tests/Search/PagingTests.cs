using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Paging through a search shows every result once: each page is a slice of one order, whatever page is asked
/// for. Many units tie on score (BM25 keeps lengths to a byte), so the tie must be broken the same way on every page.
/// Against the real content.
/// </summary>
public class PagingTests
{
    [Theory]
    [InlineData("global security initiative")] // 67 results, many tied
    [InlineData("security")]
    [InlineData("GSI")]
    [InlineData("cooperation")]
    [InlineData("nuclear war")]                 // strict results first, relaxed ones after them
    [InlineData("how will China implement the GSI")]
    public void EveryResultIsOnExactlyOnePage(string query)
    {
        var first = RealContent.Index.Search(new SearchRequest(query));
        var pages = Math.Min(first.PageCount, SearchLimits.MaxPage);
        var ids = Enumerable.Range(1, pages).SelectMany(page => RealContent.Index.Search(new SearchRequest(query, Page: page)).Hits.Select(h => h.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Math.Min(first.Total, SearchLimits.MaxPage * SearchLimits.PageSize), ids.Count);
    }

    [Fact]
    public void UnderAFilterToo()
    {
        var request = new SearchRequest("security", Kind: UnitKinds.Commentary);
        var first = RealContent.Index.Search(request);
        var ids = Enumerable.Range(1, first.PageCount).SelectMany(page => RealContent.Index.Search(request with { Page = page }).Hits.Select(h => h.Id)).ToList();
        Assert.Equal(first.Total, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
