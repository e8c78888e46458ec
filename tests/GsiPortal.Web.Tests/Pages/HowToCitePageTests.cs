using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>How to cite and link: every example on the page answers as it says.</summary>
[Collection(RealSite.Name)]
public class HowToCitePageTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryExampleLinkOnThePageAnswers()
    {
        var client = factory.CreateNonRedirectingClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var links = page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(links.Count >= 12, $"only {links.Count} examples");
        foreach (var link in links)
        {
            var response = await client.GetAsync(link.Split('#')[0]);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PermanentRedirect, $"{link} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryCitationAddressShownDownloadsACitation()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var addresses = page.QuerySelector("#cite")!.NextElementSibling!.NextElementSibling!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, addresses.Length);
        foreach (var address in addresses)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(address.Trim()).PathAndQuery)).StatusCode);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("cite")]
    [InlineData("embed")]
    [InlineData("data")]
    public async Task ItHasEachSection(string id)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/how-to-cite");
        Assert.NotNull(page.GetElementById(id));
    }
}
