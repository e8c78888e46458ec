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

    /// <summary>
    /// One address per embed, the one oEmbed and the docs give; every other spelling of the same passage redirects to
    /// it permanently — before, each answered 200 (and ?at=, /cite's form, showed the whole item instead of its sentences).
    /// </summary>
    [Theory]
    [InlineData("/embed/paper/commitments/4/commitment-4-s2-s3", "/embed/paper/commitments/4/s2-s3")]
    [InlineData("/embed/paper/commitments/commitment-4-s2", "/embed/paper/commitments/4/s2")]
    [InlineData("/embed/paper/commitment-4", "/embed/paper/commitments/4")]
    [InlineData("/embed/paper/commitments/commitment-4", "/embed/paper/commitments/4")]
    [InlineData("/embed/paper/commitments/4?at=s2-s3", "/embed/paper/commitments/4/s2-s3")]
    [InlineData("/embed/commentaries/lei-kezhong?at=p5", "/embed/commentaries/lei-kezhong/p5")]
    [InlineData("/embed/paper/commitments/4/", "/embed/paper/commitments/4")]
    [InlineData("/embed/paper/commitments/4/commitment-4-s2-s3?lines=2", "/embed/paper/commitments/4/s2-s3?lines=2")]
    public async Task AnotherSpellingOfAnEmbedRedirectsPermanentlyToTheOneOEmbedGives(string address, string canonical)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(canonical, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateNonRedirectingClient().GetAsync(canonical)).StatusCode);
    }

    [Fact]
    public async Task OEmbedFramesTheEmbedByItsOneAddress()
    {
        var json = await factory.CreateClient().GetStringAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/paper/commitments/4#s2-s3"));
        var html = JsonDocument.Parse(json).RootElement.GetProperty("html").GetString()!;
        var frame = (await Html.Parse(html)).QuerySelector("iframe")!;
        Assert.Equal("/embed/paper/commitments/4/s2-s3", new Uri(frame.GetAttribute("src")!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateNonRedirectingClient().GetAsync("/embed/paper/commitments/4/s2-s3")).StatusCode);
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
