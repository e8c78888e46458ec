using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Terms;

/// <summary>A key term's concordance.</summary>
[Collection(RealSite.Name)]
public class TermPageTests(PortalFactory factory)
{
    [Fact]
    public async Task ATermPageGivesEveryOccurrenceInContext()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/terms/indivisible-security");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/terms/indivisible-security")).RootElement;
        Assert.Equal(api.GetProperty("count").GetInt32(), page.QuerySelectorAll("ol.kwic li").Length);
        Assert.All(page.QuerySelectorAll("ol.kwic mark"), m => Assert.Matches("^(indivisible security|indivisibility of security|indivisibility of binary compositions of security)$", m.TextContent.ToLowerInvariant()));
        Assert.StartsWith("We uphold the principle of indivisible security", page.QuerySelector("blockquote.defining")!.TextContent.Trim());
        Assert.Equal("indivisible security", page.QuerySelector("blockquote.defining mark")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("ol.kwic a"), a => a.GetAttribute("href")!.StartsWith("/paper/commitments/4?highlight="));
        var (_, list) = await Html.Get(client, "/terms");
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/terms/cold-war-mentality");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/terms/no-such-term")).StatusCode);
    }

    [Fact]
    public async Task TheTermsPageIsTheEditorsGlossaryAToZEachInThePapersOwnSentence()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/terms");
        var terms = page.QuerySelectorAll("dl.glossary > dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.InRange(terms.Count, 25, 45);
        Assert.Equal(terms.OrderBy(t => t.ToLowerInvariant().Replace(",", ""), StringComparer.Ordinal), terms);
        Assert.DoesNotContain(terms, t => t.Equals("community of shared", StringComparison.OrdinalIgnoreCase) || t.Equals("security through", StringComparison.OrdinalIgnoreCase));
        // Each definition is the paper's sentence at the address it cites, as that page shows it.
        foreach (var quote in page.QuerySelectorAll("blockquote.defining").Take(6))
        {
            var cite = quote.GetAttribute("cite")!;
            var (_, source) = await Html.Get(client, cite);
            var id = cite[(cite.IndexOf('#') + 1)..];
            var sentence = source.GetElementById(id) ?? source.QuerySelector($"[id$='-{id}']")!;
            Assert.Equal(string.Join(' ', sentence.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), quote.TextContent.Trim());
        }
    }

    [Fact]
    public async Task AnItemsKeyTermsAreGlossaryTerms()
    {
        var client = factory.CreateClient();
        var (_, glossary) = await Html.Get(client, "/terms");
        var known = glossary.QuerySelectorAll("dl.glossary > dt a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var item in new[] { "/paper/commitments/4", "/paper/priorities/5", "/paper/priorities/3" })
        {
            var (_, page) = await Html.Get(client, item);
            var links = page.QuerySelectorAll(".term-list a").Select(a => a.GetAttribute("href")).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Contains(l, known));
        }
    }

    [Fact]
    public async Task EachGlossaryEntrySaysInTheEditorsWordsWhetherTheTextsExplainTheTerm()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/terms");
        var entries = page.QuerySelectorAll("dl.glossary > dd").ToList();
        Assert.All(entries, dd => Assert.NotNull(dd.QuerySelector("p.explanation .editors")));
        var armsControl = page.QuerySelectorAll("dl.glossary > dt").Single(dt => dt.TextContent.Trim() == "arms control").NextElementSibling!;
        Assert.Contains("do not explain it", armsControl.QuerySelector("p.explanation")!.TextContent);
        // Where another sentence explains the term, it is quoted from the paper, and linked.
        var community = page.QuerySelectorAll("dl.glossary > dt").Single(dt => dt.TextContent.Trim() == "indivisible security community").NextElementSibling!;
        Assert.Equal("Security of one country should not come at the expense of that of others.", community.QuerySelector("blockquote.explaining")!.TextContent.Trim());
        Assert.Equal("/paper/commitments/4#s3", community.QuerySelector("p.explanation a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheConcordanceCountsDongsVariantWordingOfIndivisibleSecurity()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/terms/indivisible-security");
        var dong = page.QuerySelectorAll("#per-document tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "Dong Chunling");
        Assert.Equal("1", dong.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("“indivisibility of binary compositions of security”", page.QuerySelector("p.variants")!.TextContent);
        Assert.NotNull(page.QuerySelector("p.variants .editors"));
    }
}
