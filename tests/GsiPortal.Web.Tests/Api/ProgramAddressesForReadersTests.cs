using System.Net;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A browser opening a program's address that names nothing (<c>/cite/commentaries/lei</c>, a mistyped link to a
/// citation) was shown a problem document as JSON. A request that prefers HTML now gets the reader's error page with
/// the same reason and, where the site can tell, what was meant — for every family of program addresses: citations,
/// the JSON API, oEmbed, downloads, and each under an edition's address. A program keeps the problem document, and both
/// answers say <c>Vary: Accept</c>. (<c>DownloadNotFoundForReadersTests</c> holds the downloads' suggestions.)
/// </summary>
[Collection(RealSite.Name)]
public class ProgramAddressesForReadersTests(PortalFactory factory)
{
    /// <summary>Chromium's Accept for a page it navigates to.</summary>
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    [Theory]
    [InlineData("/cite/paper/commitments/9", 404, "/paper/commitments/9 names no item")]
    [InlineData("/cite/paper/commitments/4?format=xyz", 400, "format must be one of")]
    [InlineData("/api/paper/commitments/9", 404, "/api/paper/commitments/9 names nothing")]
    [InlineData("/api/passages?reference=commitment%209", 404, "The paper has six commitments")]
    [InlineData("/api/search?q=", 400, "A search needs words to search for")]
    [InlineData("/oembed?url=http%3A%2F%2Felsewhere.example%2Fpaper&format=json", 404, "can be embedded")]
    public async Task ABrowserGetsTheReadersPageWithTheReason(string address, int status, string reason)
    {
        var response = await Get(address, BrowserAccept);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.Contains(reason, Html.Folded(page.QuerySelector("main p.not-found-reason")?.TextContent ?? ""));
    }

    [Fact]
    public async Task ABrowsersCitationOfAnUnknownCommentarySuggestsTheOneMeant()
    {
        var response = await Get("/cite/commentaries/lei?format=ris", BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        // The format asked for is kept, so the suggestion downloads what the reader meant to.
        Assert.Equal(["/cite/commentaries/lei-kezhong?format=ris"], page.QuerySelectorAll("main p.not-found-reason a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/editions/0123456789ab/cite/paper?format=ris")]
    [InlineData("/editions/0123456789ab/api/paper")]
    public async Task ABrowserAtAnUnknownEditionsProgramAddressGetsTheEditionsPage(string address)
    {
        var response = await Get(address, BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        // "There is no edition" where the copy holds the texts' history; "does not hold" where it was installed without it.
        Assert.Matches("(There is no|does not hold an) edition 0123456789ab", page.QuerySelector("#edition-refusal")?.TextContent);
    }

    [Theory]
    [InlineData("/cite/paper/commitments/9", "*/*", 404)]
    [InlineData("/cite/commentaries/lei?format=ris", null, 404)]
    [InlineData("/cite/paper/commitments/4?format=xyz", "application/json", 400)]
    [InlineData("/api/paper/commitments/9", "application/problem+json, text/html;q=0.5", 404)]
    [InlineData("/oembed?url=http%3A%2F%2Felsewhere.example%2Fpaper&format=json", "*/*", 404)]
    // An edition's citation asked by a program was answered the editions page as HTML: the inverse fault.
    [InlineData("/editions/0123456789ab/cite/paper?format=ris", "*/*", 404)]
    [InlineData("/editions/0123456789ab/api/paper", BrowserAcceptForJson, 404)]
    public async Task AProgramKeepsTheProblemDocument(string address, string? accept, int status)
    {
        var response = await Get(address, accept);
        Assert.Contains("Accept", response.Headers.Vary);
        var problem = await Problem.Read(response, (HttpStatusCode)status);
        Assert.NotEmpty(problem.Detail());
    }

    /// <summary>A script's fetch() asking for JSON.</summary>
    private const string BrowserAcceptForJson = "application/json";

    private async Task<HttpResponseMessage> Get(string address, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await factory.CreateClient().SendAsync(request);
    }
}
