using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Rendering;

/// <summary>
/// What Zotero imported from each kind of page when its own code ran (translation-server with zotero/translators'
/// Embedded Metadata and RDF translators, <c>bench/zotero/import.cjs</c>; docs/linking.md records the run), pinned by
/// the meta tags that import relied on. CI cannot run Zotero, so <see cref="Reading"/> follows the translator's rules
/// for exactly these tags, and the expected items are the real import's: a change to the meta that would change the
/// import fails here.
/// </summary>
[Collection(RealSite.Name)]
public class ZoteroImportTests(PortalFactory factory)
{
    private const string Ministry = "Ministry of Foreign Affairs of the People's Republic of China";

    /// <summary>A Zotero item as far as these pages set it. A creator is "Name [1 field]" or "Family, Given [2 fields]".</summary>
    private sealed record Imported(string ItemType, string Creators, string? Container, string? Institution, string? Genre, string? Date, string? Pages, string? Url);

    private static string? First(IDocument page, string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    /// <summary>The translator's rules for the tags the pages carry (Embedded Metadata.js <c>init</c> and <c>addHighwireMetadata</c>, RDF.js <c>detectType</c> and <c>importItem</c>).</summary>
    private static Imported Reading(IDocument page)
    {
        var hasHighwire = First(page, "citation_title") is not null;
        // The one Highwire tag that types a page a Report; otherwise Zotero's own z:itemType, then a DC.type naming a
        // Zotero type; citation_title alone is guessed a Journal Article.
        var itemType = First(page, "citation_technical_report_institution") is not null ? "report"
            : First(page, "z.itemType") ?? (First(page, "DC.type") is "webpage" or "report" or "blogPost" ? First(page, "DC.type") : null)
            ?? (hasHighwire ? "journalArticle" : "webpage");
        // ZU.cleanAuthor: a trailing comma leaves the whole name in one field; a comma inside is "Family, Given";
        // none is split at the last space, given name first.
        var creators = string.Join("; ", page.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")!).Select(name =>
            name.EndsWith(',') ? $"{name[..^1]} [1 field]"
            : name.Contains(',') ? $"{name} [2 fields]"
            : $"{name[(name.LastIndexOf(' ') + 1)..]}, {name[..name.LastIndexOf(' ')]} [2 fields]"));
        // A Web Page's website: PRISM's publication name first, og:site_name failing it; a Journal Article's journal reads DC.source too.
        var container = itemType == "webpage" ? First(page, "prism.publicationName") ?? page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content")
            : itemType == "journalArticle" ? First(page, "prism.publicationName") ?? First(page, "DC.source") : null;
        var firstPage = First(page, "citation_firstpage");
        var lastPage = First(page, "citation_lastpage");
        return new Imported(
            itemType,
            creators,
            container,
            First(page, "citation_technical_report_institution"),
            First(page, "DC.type"), // copied into reportType / websiteType, which the styles print
            // processFields: citation_publication_date, citation_cover_date, citation_date in turn, a later one replacing
            // an earlier, the value kept as written ("2023/02/21", "circa 2023"); DC.date only where none of them is given.
            new[] { "citation_date", "citation_cover_date", "citation_publication_date", "DC.date" }.Select(n => First(page, n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
            firstPage is null ? null : lastPage is null ? firstPage : $"{firstPage}-{lastPage}",
            hasHighwire ? First(page, "citation_public_url") : null);
    }

    public static TheoryData<string, string, string, string?, string?, string?, string?, string> RealImports => new()
    {
        // address, itemType, creators, publication or website, institution, date, pages, URL — as translation-server gave
        // them. The URL is the page in this edition, as every citation's is by default (the tenth session; before, the page's current address).
        { "/paper", "report", $"{Ministry} [1 field]", null, Ministry, "2023/02/21", null, "/editions/{edition}/paper" },
        { "/paper/commitments", "report", $"{Ministry} [1 field]", null, Ministry, "2023/02/21", null, "/editions/{edition}/paper/commitments" },
        { "/paper/commitments/4", "report", $"{Ministry} [1 field]", null, Ministry, "2023/02/21", null, "/editions/{edition}/paper/commitments/4" },
        { "/editions/{edition}/paper/commitments/4", "report", $"{Ministry} [1 field]", null, Ministry, "2023/02/21", null, "/editions/{edition}/paper/commitments/4" },
        { "/commentaries/lei-kezhong", "webpage", "Lei, Kezhong [2 fields]", "Embassy Update", null, "2022/06/07", null, "/editions/{edition}/commentaries/lei-kezhong" },
        // The editors infer Chen's year: "circa 2023", which Zotero's CSL export makes CSL's circa (zotero/utilities
        // 4051881: Chicago "[2023?]", APA "ca. 2023") or, before August 2026 (9c89b23), a season Chicago's notes and MLA
        // print ("circa 2023"). Until the eleventh session "2023", a date the source states in every style.
        { "/commentaries/chen-xiangyang", "webpage", "Chen, Xiangyang [2 fields]", "GsiPortal", null, "circa 2023", null, "/editions/{edition}/commentaries/chen-xiangyang" },
        { "/commentaries/dong-chunling", "webpage", "Dong, Chunling [2 fields]", "GsiPortal", null, "2022/05/10", null, "/editions/{edition}/commentaries/dong-chunling" },
        { "/commentaries/ovais-ali-khokhar", "webpage", "Khokhar, Ovais Ali [2 fields]",
            "Institute for a Community with Shared Future, Communication University of China", null, "2023/09/23", null, "/editions/{edition}/commentaries/ovais-ali-khokhar" },
    };

    [Theory]
    [MemberData(nameof(RealImports))]
    public async Task EachKindOfTextPageImportsAsZoteroImportedIt(string address, string itemType, string creators, string? container, string? institution, string? date, string? pages, string url)
    {
        var client = factory.CreateClient();
        var (_, paper) = await Html.Get(client, "/paper");
        var edition = paper.QuerySelector("[data-edition-version]")!.TextContent;
        address = address.Replace("{edition}", edition);
        var (_, page) = await Html.Get(client, address);

        var expected = new Imported(itemType, creators, container, institution, Genre: null, date, pages, "http://localhost" + url.Replace("{edition}", edition));
        Assert.Equal(expected, Reading(page));
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/terms/arms-control")]
    public async Task APageThatIsNoTextImportsAsAWebPageOfTheSiteWithNoAuthor(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var imported = Reading(page);
        Assert.Equal("webpage", imported.ItemType);
        Assert.Equal("", imported.Creators);
        Assert.Equal("GsiPortal", imported.Container);
    }

    [Fact]
    public async Task NoPageGivesZoteroAJournalTitleThatIsAnAddress()
    {
        // The defect the real import found before: DC.source, the ministry's address, read as the journal's title.
        var client = factory.CreateClient();
        foreach (var address in new[] { "/paper", "/paper/commitments", "/paper/commitments/4", "/commentaries/lei-kezhong" })
        {
            var (_, page) = await Html.Get(client, address);
            Assert.Null(First(page, "DC.source"));
            Assert.DoesNotMatch("^https?://", Reading(page).Container ?? "");
        }
    }
}
