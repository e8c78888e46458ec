using System.Xml.Linq;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// A size guard, not a timing (issue #16): every item page, and a part page that has no items of its own (Background),
/// is at most 12 KB of HTML before compression. Measured with the public origin set as docs/deploy.md shows it, since
/// every absolute address on the page (canonical, citation meta, JSON-LD, the citation) grows with it.
/// </summary>
public class ItemPageSizeTests
{
    public const int Limit = 12 * 1024;

    [Fact]
    public async Task EveryItemPageIsAtMostTwelveKilobytesOfHtml()
    {
        using var factory = new PortalFactory { Settings = { ["Portal:PublicOrigin"] = "https://gsi.example.org" } };
        var client = factory.CreateClient();
        var pages = await ItemPages(client);
        Assert.True(pages.Count >= 31, $"only {pages.Count} item pages in the sitemap");

        var sizes = new List<(string Path, int Bytes)>();
        foreach (var path in pages)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            Assert.Empty(response.Content.Headers.ContentEncoding);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Contains("https://gsi.example.org" + path, System.Text.Encoding.UTF8.GetString(body));
            sizes.Add((path, body.Length));
        }
        var over = sizes.Where(s => s.Bytes > Limit).OrderByDescending(s => s.Bytes).Select(s => $"{s.Path} {s.Bytes:N0} bytes").ToList();
        Assert.True(over.Count == 0, $"over {Limit:N0} bytes: {string.Join("; ", over)}");
    }

    /// <summary>From the sitemap: /paper/{part}/{n}, and each part page with no item pages under it.</summary>
    private static async Task<List<string>> ItemPages(HttpClient client)
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paper = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)
            .Where(p => p.StartsWith("/paper/", StringComparison.Ordinal)).ToList();
        var items = paper.Where(p => p.Count(c => c == '/') == 3).ToList();
        var partsWithoutItems = paper.Where(p => p.Count(c => c == '/') == 2 && !items.Any(i => i.StartsWith(p + "/", StringComparison.Ordinal)));
        return [.. partsWithoutItems, .. items];
    }
}
