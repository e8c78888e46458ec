using System.Net;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// A reader going through the paper with previous and next passes through every passage in the paper's order:
/// Part I, each part's introduction, its items, its closing passage — a part's edge does not end the way.
/// </summary>
[Collection(RealSite.Name)]
public class ReadingOrderPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task FollowingNextFromPartOnePassesThroughEveryPassageOfThePaperInOrderAndPreviousComesBack()
    {
        var client = factory.CreateClient();
        var (_, whole) = await Html.Get(client, "/paper");
        // The paper's paragraphs as the whole-paper page has them, in order.
        var expected = whole.QuerySelectorAll("p.para[id]").Select(p => p.Id!).ToList();
        Assert.NotEmpty(expected);

        var visited = new List<string>();
        var seen = new List<string>();
        for (var page = "/paper/background"; page is not null && visited.Count < 60;)
        {
            var (response, document) = await Html.Get(client, page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            visited.Add(page);
            seen.AddRange(document.QuerySelectorAll("#text p.para[id]").Select(p => p.Id!));
            page = document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(expected, seen);
        Assert.Equal(["/paper/commitments/6", "/paper/commitments/closing", "/paper/priorities/introduction", "/paper/priorities/1"],
            visited.SkipWhile(p => p != "/paper/commitments/6").Take(4));
        Assert.Contains("/paper/platforms/1", visited.SkipWhile(p => p != "/paper/priorities/20").Take(2));

        // Back again with previous, page by page.
        var back = new List<string>();
        for (var page = visited[^1]; page is not null && back.Count < 60;)
        {
            back.Add(page);
            var (_, document) = await Html.Get(client, page);
            page = document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href");
        }
        Assert.Equal(Enumerable.Reverse(visited), back);
    }

    [Fact]
    public async Task AClosingPassageHasItsOwnPageHeadedByTheEditorsLabelSetApart()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/closing");
        var h1 = page.QuerySelector("h1")!;
        Assert.StartsWith("Part II, closing passage", h1.TextContent);
        Assert.Equal("How the six commitments fit together", h1.QuerySelector(".editors")!.TextContent);
        Assert.Contains("These six commitments are interlinked", page.QuerySelector("#text p.para")!.TextContent);
        Assert.Equal("/paper#commitments-p1", page.QuerySelector(".tools a")!.GetAttribute("href"));
        Assert.Equal("/paper/commitments/6", page.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/paper/priorities/introduction", page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/paper/commitments/closing", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/paper/background/introduction")]
    [InlineData("/paper/commitments/introduction")]
    [InlineData("/paper/priorities/closing")]
    [InlineData("/paper/nowhere/closing")]
    public async Task APartWithoutSuchAPassageAnswers404(string address)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address)).StatusCode);
    }
}
