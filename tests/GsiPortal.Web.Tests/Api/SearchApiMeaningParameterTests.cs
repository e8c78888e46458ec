namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// <c>meaning</c> is the search page's parameter; the API reads none, and says so with a 400, as it does of a bad page,
/// kind or doc (review 23, D11: <c>/api/search?q=…&amp;meaning=banana</c> answered 200).
/// </summary>
[Collection(RealSite.Name)]
public class SearchApiMeaningParameterTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/api/search?q=security&meaning=banana")]
    [InlineData("/api/search?q=security&meaning=show")]
    [InlineData("/api/search?q=security&meaning=")]
    public async Task AMeaningParameterIsRefusedWithTheReason(string address)
    {
        var detail = (await Problem.BadRequest(factory.CreateClient(), address)).Detail();
        Assert.StartsWith("The API reads no meaning parameter", detail, StringComparison.Ordinal);
        Assert.Contains("foundByMeaningUrl", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutItTheSearchAnswers()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=security");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
