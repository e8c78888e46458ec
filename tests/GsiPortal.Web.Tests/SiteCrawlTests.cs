using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests;

/// <summary>A crawl from the home page: every internal link, fragment included, leads somewhere.</summary>
[Collection(RealSite.Name)]
public class SiteCrawlTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryInternalLinkFromHomeLeadsSomewhereIncludingItsAnchor()
    {
        var client = factory.CreateClient();
        var pages = new Dictionary<string, HashSet<string>>(); // page → ids on it
        var queue = new Queue<string>(["/"]);
        var links = new List<(string From, string To)>();
        while (queue.Count > 0 && pages.Count < 400)
        {
            var page = queue.Dequeue();
            if (pages.ContainsKey(page)) continue;
            var (response, document) = await Html.Get(client, page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
            pages[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') && !href.StartsWith('#')) continue;
                var target = href.StartsWith('#') ? page.Split('#')[0] + href : href;
                links.Add((page, target));
                var path = target.Split('#')[0];
                if (!path.StartsWith("/download/") && !path.StartsWith("/cite/") && !path.StartsWith("/api/") && !path.Contains("?") && !pages.ContainsKey(path)) queue.Enqueue(path);
            }
        }
        foreach (var (from, to) in links.Distinct())
        {
            var parts = to.Split('#', 2);
            if (!pages.ContainsKey(parts[0]))
            {
                var response = await client.GetAsync(parts[0]);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{from} links to {to}, which answers {response.StatusCode}");
                continue;
            }
            if (parts.Length == 2 && !pages[parts[0]].Contains(parts[1]))
            {
                // A range (#s2-s3, #p4-p6) is no element's id: the site must resolve it as a passage instead.
                // Within a fixed edition (/editions/{v}/…, a Cite section's "this edition, for ever") that edition's API is asked.
                var fixedEdition = System.Text.RegularExpressions.Regex.Match(to, "^(/editions/[^/#]+)(/.*)$");
                var range = fixedEdition.Success
                    ? await client.GetAsync(fixedEdition.Groups[1].Value + "/api/passages?address=" + Uri.EscapeDataString(fixedEdition.Groups[2].Value))
                    : await client.GetAsync("/api/passages?address=" + Uri.EscapeDataString(to));
                Assert.True(range.StatusCode == HttpStatusCode.OK && parts[1].Contains('-'), $"{from} links to {to}, but {parts[0]} has no id '{parts[1]}' and it names no range");
            }
        }
        Assert.True(pages.Count > 40, $"the crawl reached only {pages.Count} pages");
    }
}
