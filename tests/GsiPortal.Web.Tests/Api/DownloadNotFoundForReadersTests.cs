using System.Net;
using System.Net.Http.Headers;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// /download/commentaries/lei-kezhong.md (the page's path put under /download) answered a browser with a problem
/// document: a request that prefers HTML now gets the reader's 404 page, linking the real download address; a program
/// (curl's */*, application/json, application/problem+json, no Accept) keeps the problem document.
/// </summary>
[Collection(RealSite.Name)]
public class DownloadNotFoundForReadersTests(PortalFactory factory)
{
    /// <summary>Chromium's Accept for a page it navigates to.</summary>
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    [Theory]
    [InlineData("/download/commentaries/lei-kezhong.md", "/download/lei-kezhong.md")]
    [InlineData("/download/commentaries/ovais-ali-khokhar.txt", "/download/ovais-ali-khokhar.txt")]
    [InlineData("/download/paper/paper.md", "/download/paper.md")]
    [InlineData("/download/commentaries/khokar.txt", "/download/ovais-ali-khokhar.txt")]
    public async Task ABrowserGetsAPageLinkingTheRealDownload(string address, string real)
    {
        var response = await Get(address, BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        var reason = page.QuerySelector("main p.not-found-reason");
        Assert.NotNull(reason);
        Assert.Contains("No download has this address", reason.TextContent);
        Assert.Equal([real], reason.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var landed = await Get(real, BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
    }

    [Fact]
    public async Task ABrowsersUnknownIdStillSuggestsTheTextMeant()
    {
        var response = await Get("/download/lei.txt", BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["/download/lei-kezhong.txt"], page.QuerySelectorAll("main p.not-found-reason a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ABrowsersDownloadNamingNothingAlikeListsEveryText()
    {
        var response = await Get("/download/texts/nobody.md", BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        var library = (await factory.EditionInServiceAsync()).Library;
        Assert.Equal(library.Documents.Select(d => $"/download/{d.Id}.md"), page.QuerySelectorAll("main ul.not-found-texts a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/download/commentaries/lei-kezhong.md", "*/*")]
    [InlineData("/download/commentaries/lei-kezhong.md", "application/json")]
    [InlineData("/download/commentaries/lei-kezhong.md", "application/problem+json, text/html;q=0.5")]
    [InlineData("/download/commentaries/lei-kezhong.md", null)]
    [InlineData("/download/lei.txt", "*/*")]
    [InlineData("/download/nothing", "application/json")]
    public async Task AProgramKeepsTheProblemDocument(string address, string? accept)
    {
        var problem = await Problem.Read(await Get(address, accept), HttpStatusCode.NotFound);
        Assert.Contains("names", problem.Detail());
    }

    [Fact]
    public async Task ABrowserStillDownloadsATextThatIsThere()
    {
        var response = await Get("/download/lei-kezhong.md", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<HttpResponseMessage> Get(string address, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await factory.CreateClient().SendAsync(request);
    }
}
