using System.Net;
using System.Xml.Linq;

namespace GsiPortal.Web.Tests.Pages.Compare;

/// <summary>
/// /compare and /compare/{part}: what a reader who trims a compare page's address finds (issue #26; both answered 404),
/// the list of what can be compared, read against the coverage the site computes.
/// </summary>
[Collection(RealSite.Name)]
public class CompareIndexPageTests(PortalFactory factory)
{
    [Fact]
    public async Task CompareListsEveryItemWithItsComparePageAndTheCommentariesAndTermsThatCanBeSetSideBySide()
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, "/compare");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath).ToList();
        var comparePages = sitemap.Where(p => p.StartsWith("/compare/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3).ToList();
        Assert.Equal(31, comparePages.Count);
        Assert.Equal(comparePages, page.QuerySelectorAll(".compare-list li > a:first-child").Select(a => a.GetAttribute("href")));
        // Commitment 4 is taken up by all four, with shared wording in three: said in words, with its pair.
        var commitment4 = page.QuerySelectorAll(".compare-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/compare/commitments/4");
        Assert.Equal("Taken up by 4 commentaries, wording shared by 3", commitment4.QuerySelector(".how")!.TextContent);
        Assert.Contains(commitment4.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/paper/commitments/4/commentaries");
        // A pair is offered exactly where the coverage table offers one.
        var (_, coverage) = await Html.Get(client, "/coverage");
        var pairsInTable = coverage.QuerySelectorAll("#coverage-table a.pair-link").Select(a => a.GetAttribute("href")).ToList();
        var pairsHere = page.QuerySelectorAll(".compare-list a").Select(a => a.GetAttribute("href")).Where(h => h!.EndsWith("/commentaries", StringComparison.Ordinal)).ToList();
        Assert.Equal(pairsInTable, pairsHere);
        Assert.Equal(4, page.QuerySelectorAll("#compare-commentaries + p + ul li").Length);
        var terms = page.QuerySelectorAll("section[aria-labelledby=compare-terms] li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/terms/indivisible-security/commentaries", terms);
        Assert.All(terms, t => Assert.Matches("^/terms/[a-z0-9-]+/commentaries$", t));
    }

    [Fact]
    public async Task APartsAddressListsOnlyItsItems()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/compare/commitments");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"/compare/commitments/{n}"), page.QuerySelectorAll(".compare-list li > a:first-child").Select(a => a.GetAttribute("href")));
        Assert.Equal("Compare: II. Core concepts and principles", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/coverage", "/compare", "/compare/commitments"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/compare");
    }

    [Theory]
    [InlineData("/compare/ii")]
    [InlineData("/compare/2")]
    public async Task APartNamedByItsNumberIsSentToItsName(string address)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare/commitments", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/compare/treaties", "No part of the paper is called “treaties”.")]
    public async Task ANameThatIsNoPartWithItemsIsAHelpful404AboveTheWholeList(string address, string reason)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = page.QuerySelector(".problem")!.TextContent;
        Assert.Contains(reason, problem);
        Assert.Contains("commitments (II), priorities (III), platforms (IV)", problem);
        Assert.Equal(31, page.QuerySelectorAll(".compare-list li").Length);
    }

    [Fact]
    public async Task PartOneIsComparedWholeBesideTheCommentariesThatShareItsWording()
    {
        // Part I has no numbered items (the address was a 404 that linked its text): Khokhar ¶4 and Lei ¶6 share its wording.
        var (response, page) = await Html.Get(factory.CreateClient(), "/compare/background");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Part I in the paper and the commentaries", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("details.paper-wording blockquote").Length);
        var setOut = page.QuerySelectorAll("section.comparison h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/commentaries/lei-kezhong#p6", "/commentaries/ovais-ali-khokhar#p4"], setOut);
        // Each passage sets the paper's words beside the commentary's, the shared words marked on both sides.
        Assert.All(page.QuerySelectorAll("section.comparison .pair"), pair =>
        {
            Assert.NotEmpty(pair.QuerySelectorAll(".pair-paper mark"));
            Assert.NotEmpty(pair.QuerySelectorAll(".pair-commentary mark"));
        });
        Assert.Equal("/compare/background", new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath);
        var (_, index) = await Html.Get(factory.CreateClient(), "/compare");
        Assert.Contains(index.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/compare/background");
    }

    [Theory]
    [InlineData("/compare/i")]
    [InlineData("/compare/1")]
    public async Task PartOneByItsNumeralIsSentToItsSlug(string address)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(address);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare/background", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/coverage")]
    [InlineData("/compare/commitments/4")]
    [InlineData("/paper/commitments/4/commentaries")]
    [InlineData("/terms/indivisible-security/commentaries")]
    public async Task WhereComparingIsOfferedTheIndexIsLinked(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/compare");
    }
}
