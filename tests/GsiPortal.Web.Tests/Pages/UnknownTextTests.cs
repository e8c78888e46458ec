using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>
/// /commentaries/lei was a 404 that did not suggest lei-kezhong: an address naming a text by an id that is none now
/// suggests the texts it was probably meant for, at the same address and with its query; the API's 404s say the same.
/// </summary>
[Collection(RealSite.Name)]
public class UnknownTextTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/commentaries/kezhong", "/commentaries/lei-kezhong")]
    [InlineData("/commentaries/khokar", "/commentaries/ovais-ali-khokhar")]
    [InlineData("/embed/commentaries/lei/p5", "/embed/commentaries/lei-kezhong/p5")]
    [InlineData("/commentaries/chunling?notes=all", "/commentaries/dong-chunling?notes=all")]
    public async Task AnUnknownCommentarysPageIsA404SuggestingTheOneMeant(string address, string suggested)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var reason = page.QuerySelector("main p.not-found-reason")!;
        Assert.StartsWith("No commentary has the id “", reason.TextContent.Trim());
        Assert.Equal([suggested], reason.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var (landed, _) = await Html.Get(factory.CreateClient(), suggested);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
    }

    /// <summary>
    /// Review 21, D9: an author's family name exactly, naming one commentary, leads to it (307, with its query), where
    /// it was a 404 suggesting it. Temporary: a second commentary by the same name would make it ambiguous.
    /// </summary>
    [Theory]
    [InlineData("/commentaries/khokhar", "/commentaries/ovais-ali-khokhar")]
    [InlineData("/commentaries/dong", "/commentaries/dong-chunling")]
    [InlineData("/commentaries/Lei?notes=all", "/commentaries/lei-kezhong?notes=all")]
    public async Task AnAuthorsFamilyNameLeadsToTheirCommentary(string address, string commentary)
    {
        var client = factory.CreateNonRedirectingClient();
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(commentary, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnIdLikeNoneListsEveryCommentaryAsALink()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/commentaries/nobody");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal((await factory.EditionInServiceAsync()).Library.Commentaries.Select(c => "/commentaries/" + c.Id),
            page.QuerySelectorAll("main ul.not-found-texts a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/api/commentaries/lei", "Did you mean /api/commentaries/lei-kezhong?")]
    [InlineData("/download/lei.txt", "Did you mean /download/lei-kezhong.txt?")]
    [InlineData("/cite/commentaries/lei?format=ris", "Did you mean /cite/commentaries/lei-kezhong?")]
    public async Task TheApisNotFoundSuggestsTheTextMeant(string address, string hint)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(hint, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }
}
