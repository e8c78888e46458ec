namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A search for an author names the commentary first — its title, linked, its author and date — before its paragraphs
/// (review 23, D13: "khokar" and "what does dong chunling say" gave paragraphs only). A part of a name is said to be part.
/// </summary>
[Collection(RealSite.Name)]
public class AuthorNamedPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("what does dong chunling say", "“what does dong chunling say” names a commentary's author: The Promise of the Global Security Initiative, by Dong Chunling", "/commentaries/dong-chunling")]
    [InlineData("khokhar", "“khokhar” is part of the name of a commentary's author: China's Vision for Shared Global Security: A New Initiative for a Safer World, by Ovais Ali Khokhar", "/commentaries/ovais-ali-khokhar")]
    [InlineData("khokar", "“khokhar” is part of the name of a commentary's author: China's Vision for Shared Global Security: A New Initiative for a Safer World, by Ovais Ali Khokhar", "/commentaries/ovais-ali-khokhar")]
    public async Task TheCommentaryIsNamedBeforeItsParagraphs(string query, string said, string link)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        var named = page.QuerySelector("p.author-named") ?? throw new Xunit.Sdk.XunitException("no p.author-named");
        Assert.StartsWith(said + " (", Html.Folded(named.TextContent), StringComparison.Ordinal);
        Assert.Equal(link, named.QuerySelector("a")!.GetAttribute("href"));
        // Before the results, not among them.
        var results = page.QuerySelector("ol.results") ?? throw new Xunit.Sdk.XunitException("no results");
        Assert.True(named.CompareDocumentPosition(results).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Theory]
    [InlineData("sanctions")]
    [InlineData("lei kezhong")] // the name whole is the commentary's own line (p.reference), said once
    public async Task OtherSearchesNameNoAuthor(string query)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        Assert.Null(page.QuerySelector("p.author-named"));
    }
}
