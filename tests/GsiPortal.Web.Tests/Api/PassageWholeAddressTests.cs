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

    /// <summary>
    /// An earlier edition's address, as Copy link gives it on that edition's pages, names that edition's words: it is
    /// asked of that edition (it was looked up in the current one and not found). Whole or as its path, by id or by day.
    /// </summary>
    [Theory]
    [InlineData("http://localhost/editions/{0}/paper/commitments/4#s5")]
    [InlineData("/editions/{0}/paper/commitments/4#s5")]
    public async Task AnEditionsAddressIsAskedOfThatEdition(string written)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var editions = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        var version = editions.RootElement.GetProperty("current").GetString()!;
        var response = await client.GetAsync($"/api/passages?address={Uri.EscapeDataString(string.Format(written, version))}&style=apa");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"/editions/{version}/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s5&style=apa", response.Headers.Location?.OriginalString);

        var answer = JsonDocument.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString)).RootElement;
        Assert.Equal("/paper/commitments/4#s5", answer.GetProperty("address").GetString());
        Assert.StartsWith("The legitimate and reasonable security concerns of all countries", answer.GetProperty("text").GetString());
        Assert.Equal($"http://localhost/editions/{version}/paper/commitments/4#s5", answer.GetProperty("editionUrl").GetString());
        Assert.Equal("apa", answer.GetProperty("citation").GetProperty("format").GetString());
    }

    [Fact]
    public async Task AnEditionThisCopyDoesNotHoldIsRefusedThere()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync($"/api/passages?address={Uri.EscapeDataString("http://localhost/editions/0123456789ab/paper/commitments/4#s5")}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("0123456789ab", await response.Content.ReadAsStringAsync());
    }
}
