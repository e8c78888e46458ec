using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// /api/passages takes the site's own address written whole, as the sentence panel's "Copy link" puts it on the
/// clipboard; it refused it as "not an address on this site: give one that begins with /" (review 19, D5). Another
/// site's address is refused saying so.
/// </summary>
[Collection(RealSite.Name)]
public class PassageWholeAddressTests(PortalFactory factory)
{
    [Theory]
    [InlineData("http://localhost/paper/commitments/4#s2", "/paper/commitments/4#s2")]
    [InlineData("HTTP://LOCALHOST/commentaries/ovais-ali-khokhar#p4", "/commentaries/ovais-ali-khokhar#p4")]
    public async Task TheSitesOwnAddressWrittenWholeIsRead(string address, string named)
    {
        var response = await factory.CreateClient().GetAsync($"/api/passages?address={Uri.EscapeDataString(address)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(named, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("address").GetString());
    }

    [Fact]
    public async Task AWholeAddressReadsAsItsPathDoesWhenItNamesNothing()
    {
        var detail = (await Problem.Of(factory.CreateClient(), $"/api/passages?address={Uri.EscapeDataString("http://localhost/paper/commitments/4#s2-s9")}", HttpStatusCode.NotFound)).Detail();
        Assert.Contains("“s2-s9” names none of them.", detail);
    }

    [Fact]
    public async Task AnotherSitesAddressIsRefusedSayingWhose()
    {
        var detail = (await Problem.Of(factory.CreateClient(), $"/api/passages?address={Uri.EscapeDataString("https://example.org/paper/commitments/4#s2")}", HttpStatusCode.BadRequest)).Detail();
        Assert.StartsWith("'https://example.org/paper/commitments/4#s2' is an address on another site (https://example.org): give one on http://localhost", detail);
    }
}
