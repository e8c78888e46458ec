using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The sitemap lists every page with the day of its latest change, and robots.txt points to it.</summary>
[Collection(RealSite.Name)]
public class SiteMapTests(PortalFactory factory)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<List<(string Path, string? LastModified)>> Entries(HttpClient client) =>
        XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants(Sitemaps + "url")
            .Select(u => (new Uri(u.Element(Sitemaps + "loc")!.Value).PathAndQuery, u.Element(Sitemaps + "lastmod")?.Value)).ToList();

    [Fact]
    public async Task TheSitemapListsEveryPageAndEachAnswers200()
    {
        var client = factory.CreateClient();
        var pages = (await Entries(client)).Select(e => e.Path).ToList();
        var terms = JsonDocument.Parse(await client.GetStringAsync("/api/terms")).RootElement.GetArrayLength();
        Assert.True(terms >= 40, $"only {terms} key terms");
        // home, paper, 4 parts, 31 items, 3 introductions and closing passages, commentaries, 4 commentaries, search, quote check, coverage, the comparisons'
        // index and its 3 parts with items, 31 comparisons, terms and each term, the subject index, changes, about, how to cite, the API reference.
        Assert.Equal(2 + 4 + 31 + 3 + 1 + 4 + 2 + 1 + 1 + 3 + 31 + 1 + terms + 1 + 1 + 2 + 1, pages.Count);
        Assert.Equal(pages.Count, pages.Distinct().Count());
        foreach (var path in new[] { "/about", "/how-to-cite", "/terms/indivisible-security" }) Assert.Contains(path, pages);
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await client.GetStringAsync("/robots.txt"));
    }

    [Fact]
    public async Task EachPageIsDatedByTheLatestChangeItShows()
    {
        var client = factory.CreateClient();
        var entries = (await Entries(client)).ToDictionary(e => e.Path, e => e.LastModified);
        var changes = XDocument.Parse(await client.GetStringAsync("/changes.atom")).Descendants(XName.Get("updated", "http://www.w3.org/2005/Atom"))
            .Select(u => u.Value[..10]).ToList();
        var latest = changes.Max()!;
        Assert.All(entries.Values, lastmod => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", lastmod!));
        Assert.Equal(latest, entries["/about"]);
        Assert.Equal(latest, entries["/terms/indivisible-security"]);
        // From content/changes.md itself: the latest change naming each text.
        var log = new YamlDotNet.Serialization.DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, object>>(File.ReadAllText(Repository.Path("content/changes.md")).Split("---\n")[1]);
        string LatestFor(string id) => ((List<object>)log["changes"]).Cast<Dictionary<object, object>>()
            .Where(c => ((List<object>)c["texts"]).Contains(id)).Select(c => (string)c["date"]).Max()!;
        Assert.Equal(LatestFor("dong-chunling"), entries["/commentaries/dong-chunling"]);
        Assert.Equal(LatestFor("paper"), entries["/paper/commitments/4"]);
        Assert.Equal(LatestFor("chen-xiangyang"), entries["/commentaries/chen-xiangyang"]);
    }

    [Fact]
    public async Task NoPageGivesTwoElementsTheSameId()
    {
        var client = factory.CreateClient();
        foreach (var (path, _) in await Entries(client))
        {
            var (_, page) = await Html.Get(client, path);
            var twice = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{path}: id {string.Join(", ", twice)} more than once");
        }
    }
}
