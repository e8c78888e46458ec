using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// oEmbed answers for a sentence, a range or a paragraph of the address's fragment, sized for their words, within
/// maxwidth and maxheight as the specification (oembed.com, 2.2 and 2.3.4.4) requires.
/// </summary>
[Collection(RealSite.Name)]
public class OEmbedSizeTests(PortalFactory factory)
{
    private async Task<JsonElement> OEmbed(string address, string extra = "") =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/oembed?format=json{extra}&url={Uri.EscapeDataString("http://localhost" + address)}")).RootElement;

    /// <summary>The words of the embed page the answer frames.</summary>
    private async Task<string> QuotedText(JsonElement answer)
    {
        var src = (await Html.Parse(answer.GetProperty("html").GetString()!)).QuerySelector("iframe")!.GetAttribute("src")!;
        var (_, embed) = await Html.Get(factory.CreateClient(), new Uri(src).PathAndQuery);
        return string.Join(' ', embed.QuerySelectorAll("blockquote > p, blockquote > .embed-text > p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("/paper/commitments/4#s3", "Security of one country should not come at the expense of that of others.", "Commitment 4, sentence 3")]
    [InlineData("/paper/commitments/4#s2-s3", "Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.", "Commitment 4, sentences 2–3")]
    public async Task AFragmentChoosesTheSentences(string address, string words, string title)
    {
        var answer = await OEmbed(address);
        Assert.Equal(words, await QuotedText(answer));
        Assert.StartsWith(title, answer.GetProperty("title").GetString());
        var html = await Html.Parse(answer.GetProperty("html").GetString()!);
        Assert.Equal("http://localhost/embed" + address.Replace('#', '/'), html.QuerySelector("iframe")!.GetAttribute("src"));
    }

    [Fact]
    public async Task AParagraphFragmentOfACommentaryChoosesThatParagraph()
    {
        var answer = await OEmbed("/commentaries/lei-kezhong#p5");
        var api = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/commentaries/lei-kezhong")).RootElement;
        var p5 = api.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("anchor").GetString() == "p5").GetProperty("text").GetString();
        Assert.Equal(p5, await QuotedText(answer));
    }

    [Fact]
    public async Task TheHeightFollowsTheLengthOfTheText()
    {
        var sentence = await OEmbed("/paper/commitments/4#s3");
        var item = await OEmbed("/paper/commitments/4");
        Assert.Equal(600, item.GetProperty("width").GetInt32());
        Assert.True(item.GetProperty("height").GetInt32() > sentence.GetProperty("height").GetInt32() + 50,
            $"commitment 4 is {item.GetProperty("height")}px, one of its sentences {sentence.GetProperty("height")}px");
        // Commitment 4 needed more than the 320 pixels it used to be given.
        Assert.True(item.GetProperty("height").GetInt32() > 320);
        // Narrower runs taller.
        var narrow = await OEmbed("/paper/commitments/4", "&maxwidth=320");
        Assert.Equal(320, narrow.GetProperty("width").GetInt32());
        Assert.True(narrow.GetProperty("height").GetInt32() > item.GetProperty("height").GetInt32());
    }

    [Fact]
    public async Task MaxwidthAboveTheNaturalWidthChangesNothing()
    {
        var wide = await OEmbed("/paper/commitments/4", "&maxwidth=2000");
        Assert.Equal(600, wide.GetProperty("width").GetInt32());
    }

    [Theory]
    [InlineData("/paper/commitments/4", 400, 200)]
    [InlineData("/paper/commitments/4", 600, 100)]
    [InlineData("/paper/commitments/4#s7", 320, 160)]
    [InlineData("/commentaries/lei-kezhong", 600, 300)]
    public async Task AMaxheightTooSmallForTheWholePassageGetsTheShortenedEmbedWithinIt(string address, int maxwidth, int maxheight)
    {
        var natural = (await OEmbed(address, $"&maxwidth={maxwidth}")).GetProperty("height").GetInt32();
        Assert.True(natural > maxheight, $"{address} is only {natural}px tall at {maxwidth}px");
        var answer = await OEmbed(address, $"&maxwidth={maxwidth}&maxheight={maxheight}");
        var height = answer.GetProperty("height").GetInt32();
        Assert.InRange(height, 1, maxheight);
        var frame = (await Html.Parse(answer.GetProperty("html").GetString()!)).QuerySelector("iframe")!;
        Assert.Equal(height.ToString(), frame.GetAttribute("height"));
        // The frame shows the shortened page: whole lines of the quotation (the stylesheet clamps them), never a
        // frame of the whole passage cut at its foot.
        var src = new Uri(frame.GetAttribute("src")!);
        Assert.Matches(@"^\?lines=([1-9]|1[0-2])$", src.Query);
        var (response, embed) = await Html.Get(factory.CreateClient(), src.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"clamp-{src.Query["?lines=".Length..]}", embed.QuerySelector("blockquote")!.ClassName);
    }

    [Fact]
    public async Task AMaxheightWithNoRoomForOneWholeLineIsRefusedWithTheHeightThatWouldDo()
    {
        var response = await factory.CreateClient().GetAsync($"/oembed?format=json&maxheight=40&url={Uri.EscapeDataString("http://localhost/paper/commitments/4")}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Matches(@"the shortest embed of this passage \(one line of it, with its attribution\) is \d+ pixels tall; maxheight=40", detail);
    }

    [Fact]
    public async Task WordPressDiscoveryWithItsMaxheightGetsAFrameWithinIt()
    {
        // WordPress adds its content width and height to the href it discovered (WP_oEmbed::fetch: add_query_arg).
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var discovered = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        var answer = JsonDocument.Parse(await client.GetStringAsync(discovered + "&maxwidth=600&maxheight=100")).RootElement;
        Assert.InRange(answer.GetProperty("height").GetInt32(), 1, 100);
        Assert.Contains("?lines=", (await Html.Parse(answer.GetProperty("html").GetString()!)).QuerySelector("iframe")!.GetAttribute("src"));
    }

    [Fact]
    public async Task AMaxheightWithRoomToSpareKeepsTheNaturalHeight()
    {
        var natural = (await OEmbed("/paper/commitments/4#s3")).GetProperty("height").GetInt32();
        var answer = await OEmbed("/paper/commitments/4#s3", $"&maxheight={natural + 100}");
        Assert.Equal(natural, answer.GetProperty("height").GetInt32());
        Assert.Equal(natural.ToString(), (await Html.Parse(answer.GetProperty("html").GetString()!)).QuerySelector("iframe")!.GetAttribute("height"));
    }

    [Theory]
    [InlineData("&maxwidth=wide")]
    [InlineData("&maxwidth=0")]
    [InlineData("&maxheight=-5")]
    [InlineData("&maxheight=1e3")]
    public async Task ASizeThatIsNoNumberIsRefusedWithAReason(string extra)
    {
        var response = await factory.CreateClient().GetAsync($"/oembed?format=json{extra}&url={Uri.EscapeDataString("http://localhost/paper/commitments/4")}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("maxwidth and maxheight", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePassagePanelOffersTheSameSizedSnippet()
    {
        var passage = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2-s3")).RootElement;
        var frame = (await Html.Parse(passage.GetProperty("embed").GetProperty("html").GetString()!)).QuerySelector("iframe")!;
        Assert.Equal("http://localhost/embed/paper/commitments/4/s2-s3", frame.GetAttribute("src"));
        var oembed = await OEmbed("/paper/commitments/4#s2-s3");
        Assert.Equal(oembed.GetProperty("height").GetInt32().ToString(), frame.GetAttribute("height"));
        Assert.Equal("600", frame.GetAttribute("width"));
    }
}
