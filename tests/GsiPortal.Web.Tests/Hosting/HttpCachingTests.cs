using System.Net;
using System.Net.Http.Headers;

namespace GsiPortal.Web.Tests.Hosting;

[Collection(RealSite.Name)]
public class HttpCachingTests(PortalFactory factory)
{
    [Fact]
    public async Task AnEmptyParameterIsNotServedThePageWithoutIt()
    {
        // The empty form is cached first; the same page asked with an empty text must still answer its 400.
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quote-check")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/quote-check?text=")).StatusCode);
    }

    [Theory]
    [InlineData("/paper/commitments/4")]
    [InlineData("/paper")]
    [InlineData("/api/search?q=indivisible+security")]
    public async Task AnswersCarryAStrongETagAndAnswer304WhenUnchanged(string address)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(address);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.MaxAge > TimeSpan.Zero);

        var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task HtmlIsCompressedWhenTheClientAsks(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/paper");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task DifferentEncodingsHaveDifferentETags()
    {
        async Task<EntityTagHeaderValue> ETagFor(string encoding)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/paper/priorities/3");
            if (encoding.Length > 0) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            return (await factory.CreateClient().SendAsync(request)).Headers.ETag!;
        }
        Assert.NotEqual((await ETagFor("br")).Tag, (await ETagFor("")).Tag);
    }

    [Fact]
    public async Task StaticAssetsAreLinkedByFingerprint()
    {
        // Immutable caching of these addresses is MapStaticAssets' own in a published build (bench/load.sh
        // checks it); a build run from its output folder serves them no-cache, so that edits show.
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var js = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", css);
        Assert.Matches(@"^/js/site\.[a-z0-9]+\.js$", js);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(css)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(js)).StatusCode);
    }

    [Fact]
    public async Task TheSameSearchIsServedFromTheCacheByItsQueryString()
    {
        var client = factory.CreateClient();
        var a = await client.GetStringAsync("/api/search?q=nuclear");
        var b = await client.GetStringAsync("/api/search?q=sanctions");
        Assert.NotEqual(a, b);
        Assert.Equal(a, await client.GetStringAsync("/api/search?q=nuclear"));
    }

    [Fact]
    public async Task ASearchIsKeptFromItsSecondAskingAndServedFromTheCacheFromItsThird()
    {
        // Most distinct searches are asked once: keeping each cost every search a store (SearchAdmission).
        var address = $"/api/search?q=nuclear+sanctions&n={Guid.NewGuid():N}";
        Assert.False(await ServedFromCache(address), "asked once");
        Assert.False(await ServedFromCache(address), "asked twice: kept now, not before");
        Assert.True(await ServedFromCache(address), "asked a third time");
    }

    [Fact]
    public async Task ASearchPageCountsItsAskingsByTheParametersItReadsNotByJunk()
    {
        var query = $"/search?q=sovereignty+{Guid.NewGuid():N}";
        Assert.False(await ServedFromCache(query + "&utm_source=a"));
        Assert.False(await ServedFromCache(query + "&utm_source=b"));
        Assert.True(await ServedFromCache(query + "&utm_source=c"));
    }

    [Fact]
    public async Task ASearchNotKeptIsStillAnswered304WhenTheClientHoldsItsBytes()
    {
        var client = factory.CreateClient();
        var address = $"/api/search?q=dialogue&n={Guid.NewGuid():N}";
        var first = await client.GetAsync(address);
        Assert.Null(first.Headers.Age);
        var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnETagThatNoLongerMatchesGetsTheWholeAnswer()
    {
        var client = factory.CreateClient();
        var address = $"/api/search?q=dialogue&n={Guid.NewGuid():N}";
        var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef0123456789abcdef\""));
        var response = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"results\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<bool> ServedFromCache(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The output cache stamps Age on what it serves from its store.
        return response.Headers.Age is not null;
    }

    [Theory]
    [InlineData("/coverage", "x")]
    [InlineData("/paper/commitments/4", "utm_source")]
    [InlineData("/commentaries/lei-kezhong", "fbclid")]
    public async Task AJunkParameterIsServedTheCleanPageFromTheCache(string page, string junk)
    {
        await factory.CreateClient().GetAsync(page);
        var random = Guid.NewGuid().ToString("N");
        Assert.True(await ServedFromCache($"{page}?{junk}={random}"), "a junk parameter forced a render");
    }

    [Fact]
    public async Task AHighlightOfWordsNotInTheTextsSharesTheUnmarkedPage()
    {
        await factory.CreateClient().GetAsync("/paper/commitments/5");
        Assert.True(await ServedFromCache($"/paper/commitments/5?highlight=zq{Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task AHighlightOfWordsInTheTextsIsItsOwnPageWhateverTheirOrderCaseAndWordsFoundNowhere()
    {
        var marked = await factory.CreateClient().GetStringAsync("/paper/commitments/6?highlight=indivisible+security");
        Assert.NotEqual(await factory.CreateClient().GetStringAsync("/paper/commitments/6"), marked);
        Assert.True(await ServedFromCache("/paper/commitments/6?highlight=Security+INDIVISIBLE"));
        Assert.Equal(marked, await factory.CreateClient().GetStringAsync("/paper/commitments/6?highlight=Security+INDIVISIBLE"));
        // A word found nowhere marks nothing, so it shares the entry.
        Assert.True(await ServedFromCache("/paper/commitments/6?highlight=indivisible+security+zzyzx"));
    }

    [Fact]
    public async Task AnEmptyParameterIsNotTheSameAsNone()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/quote-check")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/quote-check?text=")).StatusCode);
    }

    [Fact]
    public async Task SearchStillVariesOnItsOwnParameters()
    {
        var client = factory.CreateClient();
        var first = await client.GetStringAsync("/search?q=nuclear&page=1");
        Assert.NotEqual(first, await client.GetStringAsync("/search?q=sanctions&page=1"));
        Assert.NotEqual(first, await client.GetStringAsync("/search?q=nuclear&kind=commentary"));
    }
}
