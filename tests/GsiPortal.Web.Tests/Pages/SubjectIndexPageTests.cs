using System.Xml.Linq;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>
/// The subject index as a book prints it (/subjects): every heading of the editors' index, A–Z, in their style, each
/// passage under it a link that lands on it; reached from every page's footer, from the key terms and from each search
/// result it found ("Indexed under: blue helmets" leads to its heading). On the real content and its real index.
/// </summary>
[Collection(RealSite.Name)]
public class SubjectIndexPageTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryHeadingIsTheEditorsAndEachOfItsPassagesLinksToWhereItStands()
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, "/subjects");
        Assert.True(response.IsSuccessStatusCode);
        var entries = page.QuerySelectorAll("ul.subject-index > li").ToList();
        using var lease = await factory.Services.GetRequiredService<ContentStore>().LeaseAsync(CancellationToken.None);
        var library = lease!.Edition.Library;
        Assert.Equal(library.Subjects.ByUnit.Values.SelectMany(t => t).Select(t => t.ToLowerInvariant()).Distinct().Count(), entries.Count);
        Assert.All(entries, e => Assert.Contains("editors", e.QuerySelector(".subject-term")!.ClassList));
        var terms = entries.Select(e => e.QuerySelector(".subject-term")!.TextContent).ToList();
        Assert.Equal(terms.Order(StringComparer.InvariantCultureIgnoreCase), terms);

        var helmets = page.GetElementById("blue-helmets")!;
        Assert.StartsWith("blue helmets Priority 1", Html.Folded(helmets.TextContent), StringComparison.Ordinal);
        Assert.Equal("/paper/priorities/1", helmets.QuerySelector("a")!.GetAttribute("href"));
        // A heading several texts treat: the paper's passages by their labels, then each commentary by author and year
        // with its paragraphs, as a book's index sets them, and no space before a comma.
        var common = Html.Folded(page.GetElementById("common-security")!.TextContent);
        Assert.StartsWith("common security Commitment 1, Commitment 4", common, StringComparison.Ordinal);
        Assert.Matches(@"; Dong Chunling \(2022\) ¶\d+", common);
        Assert.DoesNotContain(" ,", common, StringComparison.Ordinal);

        // Every link lands on its passage: a page that answers, and the fragment standing on it.
        var addresses = entries.SelectMany(e => e.QuerySelectorAll("a:not(.see-also)")).Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(library.Subjects.ByUnit.Count(u => u.Value.Count > 0), addresses.Count);
        foreach (var pageAddress in addresses.GroupBy(a => a.Split('#')[0]))
        {
            var (answer, target) = await Html.Get(client, pageAddress.Key);
            Assert.True(answer.IsSuccessStatusCode, pageAddress.Key);
            foreach (var fragment in pageAddress.Where(a => a.Contains('#')).Select(a => a.Split('#')[1]))
                Assert.True(target.GetElementById(fragment) is not null, $"{pageAddress.Key}#{fragment}");
        }
        // A heading naming the subject of others points to them, after its references, and each leads to its heading
        // (review 22, D4: "terrorism" had no word of "counter-terrorism", where priority 12 is filed).
        var terrorism = page.GetElementById("terrorism")!;
        Assert.Matches(@"^terrorism Commitment 6.*; see also counter-terrorism, counterterrorism$", Html.Folded(terrorism.TextContent));
        Assert.Equal(["#counter-terrorism", "#counterterrorism"], terrorism.QuerySelectorAll("a.see-also").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.GetElementById("counter-terrorism")!.QuerySelectorAll("a:not(.see-also)"), a => a.GetAttribute("href") == "/paper/priorities/12");
        foreach (var see in page.QuerySelectorAll("a.see-also"))
            Assert.NotNull(page.GetElementById(see.GetAttribute("href")!.TrimStart('#')));
        // The letters lead to their headings.
        foreach (var letter in page.QuerySelectorAll("nav.az a"))
            Assert.NotNull(page.GetElementById(letter.GetAttribute("href")!.TrimStart('#')));
    }

    [Fact]
    public async Task AResultFoundThroughTheIndexLeadsToItsHeading()
    {
        var client = factory.CreateClient();
        var (_, results) = await Html.Get(client, "/search?q=blue+helmets");
        var term = results.QuerySelector("li.result .indexed-under a.subject-term")!;
        Assert.Equal("blue helmets", term.TextContent);
        Assert.Equal("/subjects#blue-helmets", term.GetAttribute("href"));
        var (_, index) = await Html.Get(client, "/subjects");
        Assert.NotNull(index.GetElementById("blue-helmets"));
    }

    [Fact]
    public async Task ASearchThatFindsNothingOffersIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=zzzqqq");
        Assert.Empty(page.QuerySelectorAll("li.result"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/subjects");
    }

    [Fact]
    public async Task EveryPageTheKeyTermsAndTheSiteMapLeadToIt()
    {
        var client = factory.CreateClient();
        foreach (var address in new[] { "/", "/paper/commitments/4", "/commentaries/lei-kezhong" })
        {
            var (_, page) = await Html.Get(client, address);
            Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/subjects");
        }
        var (_, terms) = await Html.Get(client, "/terms");
        Assert.Contains(terms.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/subjects");
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var map = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Contains(map.Descendants(sm + "loc"), l => new Uri(l.Value).AbsolutePath == "/subjects");
    }
}
