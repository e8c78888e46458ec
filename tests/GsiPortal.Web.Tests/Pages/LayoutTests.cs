using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>What every page shares: the footer's way to the about and citing pages, the icon, the editors' style named.</summary>
[Collection(RealSite.Name)]
public class LayoutTests(PortalFactory factory)
{
    [Fact]
    public async Task TheFooterLeadsToAboutHowToCiteAndTheApiReferenceNotToRawJson()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/about", links);
        Assert.Contains("/how-to-cite", links);
        Assert.Contains("/api-reference", links);
        Assert.DoesNotContain(links, l => l!.EndsWith(".json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task TheIconIsServed(string address, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task EveryPageDeclaresItsIcon()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        Assert.Equal("image/svg+xml", page.QuerySelector("link[rel=icon]")!.GetAttribute("type"));
    }
}
