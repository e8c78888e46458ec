using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Embed;

/// <summary>The compact embed pages, the only pages other sites may frame.</summary>
[Collection(RealSite.Name)]
public class EmbedPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/embed/paper/commitments/4", "Stay committed to taking the legitimate")]
    [InlineData("/embed/commentaries/chen-xiangyang/p9", "Fourth,")]
    [InlineData("/embed/paper/background/background-p2", "Today, our world")]
    public async Task EmbedPagesMayBeFramedAndShowOneItem(string address, string text)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains(text, page.QuerySelector("blockquote")!.TextContent);
        Assert.Null(page.QuerySelector("nav"));
    }

    [Fact]
    public async Task TheShortenedFormHasNoHeadingItsWordsInOneClampedBlockAndALinkToReadOn()
    {
        var client = factory.CreateClient();
        var (_, whole) = await Html.Get(client, "/embed/paper/priorities/5");
        var (response, page) = await Html.Get(client, "/embed/paper/priorities/5?lines=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = page.QuerySelector("blockquote")!;
        Assert.Equal(["embed-quote", "clamped", "clamp-2"], quote.ClassList);
        Assert.Null(quote.QuerySelector("h1"));
        // Every word of the passage is there (the stylesheet hides what runs past the lines, at a whole line).
        Assert.Equal(string.Join(' ', whole.QuerySelectorAll("blockquote > p, blockquote > .embed-text > p").Select(p => p.TextContent)), Assert.Single(quote.QuerySelectorAll("p")).TextContent);
        var readOn = quote.QuerySelector("footer a")!;
        Assert.Equal("Read on: Priority 5", readOn.TextContent);
        Assert.Equal("http://localhost/paper/priorities/5", readOn.GetAttribute("href"));
        Assert.Equal("_top", readOn.GetAttribute("target"));
    }

    [Fact]
    public async Task TheShortenedFormWritesEachWordApartForItsScriptToEndAtAWholeWord()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/embed/paper/commitments/4?lines=3");
        var words = page.QuerySelectorAll(".clamped p[data-words] > span").Select(s => s.TextContent).ToList();
        Assert.Equal(["Stay", "committed", "to", "taking"], words.Take(4));
        Assert.All(words, w => Assert.DoesNotContain(' ', w));
        // Fingerprinted by the static assets' manifest: /js/embed.{hash}.js.
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => System.Text.RegularExpressions.Regex.IsMatch(s.GetAttribute("src")!, @"^/js/embed(\.[a-z0-9]+)?\.js"));
        // The whole form keeps its footer outside the block a lower frame cuts.
        var (_, whole) = await Html.Get(factory.CreateClient(), "/embed/paper/commitments/4");
        Assert.NotNull(whole.QuerySelector(".embed-quote > .embed-text > p"));
        Assert.NotNull(whole.QuerySelector(".embed-quote > footer"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("two")]
    [InlineData("-1")]
    public async Task ANumberOfLinesOutOfRangeIsRefusedWithAReason(string lines)
    {
        var response = await factory.CreateClient().GetAsync($"/embed/paper/commitments/4?lines={lines}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lines must be a whole number from 1 to 12", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/embed/commentaries/chen-xiangyang/p7")]
    [InlineData("/embed/commentaries/chen-xiangyang/p7-s1")]
    public async Task AnEmbeddedQuotationMarksTheSourcesMisprintSicSoTheQuotingSiteIsNotBlamedForIt(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal("soveignty", page.QuerySelector("blockquote p .sic")!.TextContent);
    }
}
