namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A query naming the paper or the commentaries lists that side first (NamedTexts), and the page says why the order
/// is so, only where the results hold both sides.
/// </summary>
[Collection(RealSite.Name)]
public class NamedTextsPageTests(PortalFactory factory)
{
    private static List<string> Links(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("li.result h2 a, li.result h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();

    [Fact]
    public async Task APageOfAQueryNamingThePaperListsItFirstAndSaysSo()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=what+does+the+paper+say+about+the+UN");
        var links = Links(page);
        var firstCommentary = links.FindIndex(l => l.StartsWith("/commentaries/", StringComparison.Ordinal));
        Assert.True(firstCommentary > 0, string.Join(", ", links));
        Assert.All(links.Skip(firstCommentary), l => Assert.StartsWith("/commentaries/", l));
        Assert.Equal("The paper's passages are listed first, then the commentaries': the search names the paper.", page.QuerySelector(".named-first")!.TextContent);
    }

    /// <summary>
    /// Review 21, D2: "does the paper mention ukraine war" was relaxed twice, the first relaxation finding only two
    /// commentary paragraphs, which led the second's; the note said the paper came first over Dong ¶10, Khokhar ¶11, then
    /// priority 5. The paper's passages now come first.
    /// </summary>
    [Fact]
    public async Task ARelaxedPageOfAQueryNamingThePaperKeepsItsPromise()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=does+the+paper+mention+ukraine+war");
        var links = Links(page);
        Assert.Equal("/paper/priorities/5", links[0]);
        var firstCommentary = links.FindIndex(l => l.StartsWith("/commentaries/", StringComparison.Ordinal));
        Assert.True(firstCommentary > 0, string.Join(", ", links));
        Assert.All(links.Skip(firstCommentary), l => Assert.StartsWith("/commentaries/", l));
        Assert.NotNull(page.QuerySelector(".named-first"));
    }

    [Fact]
    public async Task APageOfAQueryNamingTheCommentariesListsThemFirstAndSaysSo()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=commentaries+on+terrorism");
        Assert.StartsWith("/commentaries/", Links(page)[0]);
        Assert.Equal("The commentaries' paragraphs are listed first, then the paper's: the search names the commentaries.", page.QuerySelector(".named-first")!.TextContent);
    }

    /// <summary>Nothing to say where the order is the search's own, or where the results are of one side only.</summary>
    [Theory]
    [InlineData("indivisible+security")]
    [InlineData("what+does+the+paper+say+about+Taiwan")]
    public async Task NoNoteWhereNamingChangedNoOrder(string query)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + query);
        Assert.NotEmpty(Links(page));
        Assert.Null(page.QuerySelector(".named-first"));
    }
}
