using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>/cite/… downloads the citations the panel shows, and refuses plainly.</summary>
[Collection(RealSite.Name)]
public class CiteApiTests(PortalFactory factory)
{
    [Theory]
    [InlineData("bibtex", "application/x-bibtex", "@techreport{paper,")]
    [InlineData("ris", "application/x-research-info-systems", "TY  - RPRT")]
    [InlineData("csl-json", "application/vnd.citationstyles.csl+json", "\"id\": \"paper\"")]
    [InlineData("csl-citation", "application/json", "\"label\": \"part\"")]
    [InlineData("chicago", "text/plain", "pt. II, commitment 4")]
    [InlineData("apa", "text/plain", "In text: (Ministry of Foreign Affairs of the People’s Republic of China, 2023, Part II, commitment 4)")]
    [InlineData("mla", "text/plain", "21 Feb. 2023")]
    public async Task CiteDownloadsTheSameTextWithItsMediaType(string format, string mediaType, string expected)
    {
        var response = await factory.CreateClient().GetAsync($"/cite/paper/commitments/4?format={format}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACslCitationObjectGivesTheSentencesAsItsLocatorBesideTheItem()
    {
        var response = await factory.CreateClient().GetAsync("/cite/paper/commitments/4?format=csl-citation&at=s2-s3");
        var citation = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var cite = Assert.Single(citation.GetProperty("citationItems").EnumerateArray());
        Assert.Equal("II, commitment 4, sentences 2–3", cite.GetProperty("locator").GetString());
        Assert.Equal("part", cite.GetProperty("label").GetString());
        Assert.Equal("report", cite.GetProperty("itemData").GetProperty("type").GetString());
        Assert.Equal(cite.GetProperty("id").GetString(), cite.GetProperty("itemData").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/cite/paper/commitments/4?format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/cite/paper/commitments/9?format=ris", HttpStatusCode.NotFound)]
    [InlineData("/cite/paper/commitments/4?format=ris&sentence=99", HttpStatusCode.NotFound)]
    public async Task CiteRefusesPlainly(string address, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
