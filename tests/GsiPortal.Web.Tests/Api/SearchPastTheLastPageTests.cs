using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A page past a search's last is answered alike by the API and the page: 404, naming the last (review 19, D11). The
/// API answered 200 with an empty list for page 100 of eleven and for page 2147483647, and 400 for 2147483648, while the
/// page said 404 "There is no page 100… Go to page 11". A page is past the end whatever its number, so one status for all.
/// </summary>
[Collection(RealSite.Name)]
public class SearchPastTheLastPageTests(PortalFactory factory)
{
    private async Task<int> LastPage()
    {
        var answer = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=security")).RootElement;
        return answer.GetProperty("pageCount").GetInt32();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task TheApiAnswersAPagePastTheLastWith404NamingTheLast(int beyond)
    {
        var last = await LastPage();
        var detail = (await Problem.Of(factory.CreateClient(), $"/api/search?q=security&page={last + beyond}", HttpStatusCode.NotFound)).Detail();
        Assert.StartsWith($"There is no page {last + beyond}: the ", detail);
        Assert.EndsWith($"fill {last} pages. The last is /api/search?q=security&page={last}.", detail);
    }

    [Theory]
    [InlineData("/api/search?q=security&page=2147483647")]
    [InlineData("/api/search?q=security&page=2147483648")]
    [InlineData("/search?q=security&page=2147483648")]
    public async Task EveryPagePastTheEndIsA404(string address) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address)).StatusCode);

    [Fact]
    public async Task TheLastPageItselfAnswers() =>
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/search?q=security&page={await LastPage()}")).StatusCode);
}
