using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The sitemap lists every page, and robots.txt points to it.</summary>
[Collection(RealSite.Name)]
public class SiteMapTests(PortalFactory factory)
{
    [Fact]
    public async Task TheSitemapListsEveryPageAndEachAnswers200()
    {
        var client = factory.CreateClient();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.Equal(2 + 4 + 31 + 1 + 4 + 2 + 1 + 31 + 1 + 1, pages.Count); // …, coverage, a comparison per item, terms, changes
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await client.GetStringAsync("/robots.txt"));
    }
}
