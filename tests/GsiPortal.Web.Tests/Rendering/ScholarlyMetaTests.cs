using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using YamlDotNet.Serialization;

namespace GsiPortal.Web.Tests.Rendering;

/// <summary>
/// Highwire Press <c>citation_*</c> and Dublin Core <c>DC.*</c> meta, as Google Scholar's inclusion guidelines and
/// DC-HTML define them, checked on every text page against the front matter read straight from the content file.
/// </summary>
[Collection(RealSite.Name)]
public partial class ScholarlyMetaTests(PortalFactory factory)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>A content file's front matter as plain keys and values, read without the site's own reader.</summary>
    private static Dictionary<string, object> FrontMatter(string id)
    {
        var text = File.ReadAllText(Repository.Path($"content/{id}.md"));
        var yaml = text.Split("---\n")[1];
        return Yaml.Deserialize<Dictionary<string, object>>(yaml);
    }

    private static string? Field(Dictionary<string, object> fm, string key) => fm.TryGetValue(key, out var v) && v is string s && s.Length > 0 ? s : null;

    private static List<string> All(IDocument page, string name) =>
        page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToList();

    private static string One(IDocument page, string name) => Assert.Single(All(page, name));

    /// <summary>Every text page: the paper, its parts and items, and the commentaries, as the sitemap lists them.</summary>
    private async Task<List<string>> TextPages()
    {
        var sitemap = XDocument.Parse(await factory.CreateClient().GetStringAsync("/sitemap.xml"));
        return sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)
            .Where(p => p == "/paper" || p.StartsWith("/paper/", StringComparison.Ordinal) || p.StartsWith("/commentaries/", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task EveryTextPageCarriesHighwireAndDublinCoreFromItsFrontMatter()
    {
        var pages = await TextPages();
        Assert.True(pages.Count >= 40, $"only {pages.Count} text pages in the sitemap");
        var client = factory.CreateClient();
        var edition = (await factory.EditionInServiceAsync()).Version;
        var inferred = 0;
        foreach (var path in pages)
        {
            var (_, page) = await Html.Get(client, path);
            var id = path.StartsWith("/commentaries/", StringComparison.Ordinal) ? path["/commentaries/".Length..] : "paper";
            var fm = FrontMatter(id);
            var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
            var isPerson = Field(fm, "author_family") is not null;
            var author = isPerson ? $"{Field(fm, "author_family")}, {Field(fm, "author_given")}" : Field(fm, "author")!;
            // Zotero keeps a name with a trailing comma in one field (an organisation) and reads "Family, Given" as two:
            // every person, family-first or not, so that the styles find the family name ("Lei, K.", "(Lei, 2022)").
            var highwireAuthor = isPerson ? author : author + ",";
            var date = Field(fm, "date")!;
            var isPaper = id == "paper";
            var publisher = isPaper ? Field(fm, "publisher") ?? Field(fm, "venue") : null;

            Assert.Equal(Field(fm, "title"), One(page, "citation_title"));
            Assert.Equal([highwireAuthor], All(page, "citation_author"));
            // Google Scholar: "2023/02/21" for a full date, otherwise the year alone — for every date a source states. A
            // date the editors infer (Chen's) is "circa 2023", which Zotero keeps as the item's date and its CSL export
            // marks approximate; "2023" made it a stated date in every style (docs/linking.md weighs Scholar's cost).
            if (Field(fm, "date_inferred") == "true")
            {
                inferred++;
                Assert.Equal($"circa {date}", One(page, "citation_publication_date"));
            }
            else
            {
                Assert.Equal(date.Length == 10 ? date.Replace('-', '/') : date[..4], One(page, "citation_publication_date"));
                Assert.Matches(HighwireDate(), One(page, "citation_publication_date"));
            }
            // The paper is a report, its ministry the institution (Zotero: Report, Institution); no publisher tag beside it.
            Assert.Empty(All(page, "citation_publisher"));
            Assert.Equal(publisher is null ? [] : [publisher], All(page, "citation_technical_report_institution"));
            // The item a reader saves is what they cite: the page in this edition, as every citation's URL is by default;
            // the canonical link stays the current text's, for search engines and linking sites.
            Assert.Equal($"http://localhost{path}", canonical);
            Assert.Equal($"http://localhost/editions/{edition}{path}", One(page, "citation_public_url"));
            Assert.Equal(Field(fm, "language"), One(page, "citation_language"));

            Assert.Equal("http://purl.org/dc/elements/1.1/", page.QuerySelector("link[rel='schema.DC']")!.GetAttribute("href"));
            Assert.Equal(Field(fm, "title"), One(page, "DC.title"));
            Assert.Equal(author, One(page, "DC.creator"));
            // W3CDTF, an inferred year too (DC-HTML has no approximate form); Zotero dates the item from the Highwire tag.
            Assert.Equal(date, One(page, "DC.date"));
            Assert.Empty(All(page, "DC.publisher"));
            Assert.Empty(All(page, "DC.language"));
            Assert.Equal($"http://localhost/editions/{edition}{path}", One(page, "DC.identifier"));
            // Zotero copies DC.type into the Report Type or Website Type, which the styles print: the paper is typed by its
            // institution, a commentary in Zotero's own namespace.
            Assert.Empty(All(page, "DC.type"));
            Assert.Equal(isPaper ? [] : ["webpage"], All(page, "z.itemType"));
            // Zotero reads DC.source as the publication's title: the original's address is not one.
            Assert.Empty(All(page, "DC.source"));
            Assert.Equal(!isPaper && Field(fm, "venue") is { } venue ? [venue] : [], All(page, "prism.publicationName"));
            // The statement by its address (as the downloads' Link: rel="license" names it), not 400 bytes on every page.
            Assert.Equal("http://localhost/about#reuse", One(page, "DC.rights"));
        }
        Assert.Equal(1, inferred); // Chen Xiangyang's, the one text whose date the editors infer
        var (_, about) = await Html.Get(client, "/about");
        Assert.Contains("remain the work of their authors and publishers", about.GetElementById("rights-texts")!.TextContent);
        Assert.Contains("may be reused freely", about.GetElementById("rights-apparatus")!.TextContent);
    }

    [Theory]
    [InlineData("/paper/commitments/4")]
    [InlineData("/paper/priorities/12")]
    [InlineData("/paper/commitments")]
    [InlineData("/paper/platforms")]
    public async Task AnItemOrPartNamesTheWorkItBelongsToAndGivesNoPages(string path)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), path);
        // The work Google Scholar folds the 35 same-titled pages into is /paper; this page is a part of it. The current
        // text's address, the same in every edition, though the page's own (citation_public_url) is this edition's.
        Assert.Equal("http://localhost/paper", One(page, "citation_fulltext_html_url"));
        // Its place is no page range: Zotero kept "II.4" as Pages, which APA and MLA printed in the reference list ("p. II.4").
        Assert.Empty(All(page, "citation_firstpage"));
        Assert.Empty(All(page, "citation_lastpage"));
    }

    [Fact]
    public async Task TheWholePaperIsTheWorkItself()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.Empty(All(page, "citation_fulltext_html_url"));
        Assert.Equal($"http://localhost/editions/{(await factory.EditionInServiceAsync()).Version}/paper", One(page, "citation_public_url"));
    }

    [Theory]
    [InlineData("/paper/commitments/4", "/paper")]
    [InlineData("/paper", null)]
    [InlineData("/commentaries/lei-kezhong", null)]
    public async Task APageReadAtAFixedEditionNamesThatEditionsAddressAndItsWork(string address, string? work)
    {
        var client = factory.CreateClient();
        var (_, current) = await Html.Get(client, "/paper");
        var edition = current.QuerySelector("[data-edition-version]")!.TextContent;
        var (_, page) = await Html.Get(client, $"/editions/{edition}{address}");
        // The URL is all a Report or a Web Page in Zotero can name the edition by; the canonical stays the current text.
        Assert.Equal($"http://localhost/editions/{edition}{address}", One(page, "citation_public_url"));
        Assert.Equal($"http://localhost/editions/{edition}{address}", One(page, "DC.identifier"));
        Assert.Equal($"http://localhost{address}", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal(work is null ? [] : [$"http://localhost/editions/{edition}{work}"], All(page, "citation_fulltext_html_url"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=security")]
    [InlineData("/about")]
    [InlineData("/coverage")]
    public async Task PagesThatAreNoTextCarryNoCitationMeta(string path)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), path);
        Assert.Empty(page.QuerySelectorAll("meta[name^='citation_'], meta[name^='DC.']"));
    }

    [GeneratedRegex(@"^\d{4}(/\d{2}/\d{2})?$")]
    private static partial Regex HighwireDate();
}
