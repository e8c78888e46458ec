namespace GsiPortal.Web.Tests.Pages;

public class PaperPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("background")]
    [InlineData("commitments")]
    [InlineData("commitment-4")]
    [InlineData("priorities")]
    [InlineData("priority-12")]
    [InlineData("platforms")]
    [InlineData("platform-3")]
    [InlineData("background-p1")]
    [InlineData("commitments-p1")]
    [InlineData("priority-4-p3")]
    public async Task TheWholePaperHasEveryAnchor(string anchor)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.NotNull(page.GetElementById(anchor));
    }

    [Fact]
    public async Task TheWholePaperHasAnAnchorForEveryParagraphAndAContentsList()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        var paragraphs = page.QuerySelectorAll("p.para").Select(p => p.Id).ToList();
        Assert.Equal(3 + 6 + 1 + 2 + 20 + 3 + 5 + 1, paragraphs.Count); // priorities 1 and 4 have 2 and 3 paragraphs
        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#commitment-4", toc);
        Assert.Equal(4, page.QuerySelectorAll("section.part").Length);
        Assert.Equal(31, page.QuerySelectorAll("section.item").Length);
    }

    [Theory]
    [InlineData("/paper/commitments", 6)]
    [InlineData("/paper/priorities", 20)]
    [InlineData("/paper/platforms", 5)]
    [InlineData("/paper/background", 0)]
    public async Task APartPageShowsItsItems(string address, int items)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(items, page.QuerySelectorAll("section.item").Length);
    }

    [Fact]
    public async Task AnItemPageHasBreadcrumbsPlacePreviousNextAndTheWholePaperLink()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        Assert.Equal("Commitment 4", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/paper", "/paper/commitments", "/paper/commitments/4"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Part II · Commitment 4 of 6", page.QuerySelector(".place")!.TextContent);
        Assert.Equal("/paper/commitments/3", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/paper/commitments/5", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/paper#commitment-4']"));
        Assert.StartsWith("Humanity is an indivisible security community.", page.GetElementById("s2")!.TextContent);
    }

    [Fact]
    public async Task TheFirstAndLastItemsHaveOnlyOneNeighbour()
    {
        var (_, first) = await Html.Get(factory.CreateClient(), "/paper/priorities/1");
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var (_, last) = await Html.Get(factory.CreateClient(), "/paper/priorities/20");
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task EachParagraphShowsItsPermalink()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/4");
        var paragraphs = page.QuerySelectorAll("p.para");
        Assert.Equal(3, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.Equal($"#{p.Id}", p.QuerySelector("a.permalink")!.GetAttribute("href")));
    }

    [Fact]
    public async Task HighlightMarksTheWordsOnTheServer()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=indivisible%20security");
        Assert.Contains(page.QuerySelectorAll("mark"), m => m.TextContent == "indivisible security");
        var (_, plain) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=%3Cscript%3E");
        Assert.Empty(plain.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task TheHomePageListsPartsCommitmentsCommentariesAndASearchBox()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        Assert.Equal(4, page.QuerySelectorAll("ol.parts li").Length);
        Assert.Equal(6, page.QuerySelectorAll("ol.items li").Length);
        Assert.Equal(4, page.QuerySelectorAll("ul.commentary-list li").Length);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
    }
}
