using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>
/// What Zotero made of our RIS and BibTeX when its own import translators ran (translation-server <c>/import</c>,
/// <c>bench/zotero/cite.cjs</c>, which also imports the page and our CSL-JSON and checks all four give one item;
/// docs/linking.md records the run). CI cannot run Zotero, so <see cref="FromRis"/> and <see cref="FromBibtex"/> follow
/// the translators' rules (zotero/translators RIS.js and BibTeX.js) for exactly the tags we write, and the expected
/// items are the real import's: a change to a download that would change what Zotero keeps fails here.
/// </summary>
public class ZoteroDownloadImportTests
{
    private static readonly AddressBook Addresses = new(RealContent.Library);
    private static readonly EditionStamp Edition = new("0123456789ab", new DateOnly(2026, 12, 5));

    /// <summary>A Zotero item as far as our downloads set it. A creator is "Name [1 field]" or "Family, Given [2 fields]".</summary>
    private sealed record Imported(string ItemType, string Creators, string? Website, string? Institution);

    private static string Download(string address, CitationFormat format) =>
        CitationBuilder.Build(Addresses.Resolve(address)!, format, "https://gsiportal.example", new DateOnly(2026, 12, 5), Edition).Text;

    /// <summary>
    /// RIS.js: TY RPRT is a Report, ELEC a Web Page; an AU is cut at its first comma into last and first name, and a
    /// name with no comma is kept whole in one field; T2 is a Web Page's website title, PB a Report's institution.
    /// </summary>
    private static Imported FromRis(string ris)
    {
        var tags = ris.Split('\n').Where(l => l.Length > 6).Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        string? Tag(string tag) => tags.FirstOrDefault(t => t.Tag == tag).Value;
        var type = Tag("TY") switch { "RPRT" => "report", "ELEC" => "webpage", var other => $"not pinned: {other}" };
        var creators = tags.Where(t => t.Tag == "AU").Select(t => t.Value.Split(',', 2) is [var last, var first] && first.Trim().Length > 0
            ? $"{last.Trim()}, {first.Trim()} [2 fields]" : $"{t.Value} [1 field]");
        return new Imported(type, string.Join("; ", creators), type == "webpage" ? Tag("T2") : null, type == "report" ? Tag("PB") : null);
    }

    /// <summary>
    /// BibTeX.js: @techreport is a Report, @online a Web Page; an author with a comma is "Family, Given" in two fields, a
    /// braced name one field; institution is a Report's institution; journaltitle (or journal, booktitle) is a Web Page's
    /// website title, while organization becomes a publisher, which a Web Page does not have, so Zotero drops it.
    /// </summary>
    private static Imported FromBibtex(string bibtex)
    {
        string? Field(string name)
        {
            var start = bibtex.IndexOf($"\n  {name} = {{", StringComparison.Ordinal);
            if (start < 0) return null;
            var line = bibtex[(start + name.Length + 7)..bibtex.IndexOf('\n', start + 1)];
            return line.TrimEnd(',')[..^1];
        }
        var type = bibtex[1..bibtex.IndexOf('{')] switch { "techreport" => "report", "online" => "webpage", var other => $"not pinned: {other}" };
        var author = Field("author")!;
        var creator = author.StartsWith('{') ? $"{author[1..^1]} [1 field]"
            : author.Split(',', 2) is [var family, var given] ? $"{family.Trim()}, {given.Trim()} [2 fields]"
            : $"{author} split at its last space";
        return new Imported(type, creator, type == "webpage" ? Field("journaltitle") ?? Field("journal") ?? Field("booktitle") : null,
            type == "report" ? Field("institution") : null);
    }

    private const string Ministry = "Ministry of Foreign Affairs of the People's Republic of China";

    public static TheoryData<string, string, string, string?, string?> RealImports => new()
    {
        // address, itemType, creators, website, institution — as translation-server's RIS and BibTeX import gave them,
        // and as the page itself imports (ZoteroImportTests), but for the website a page without a venue takes from og:site_name
        { "/paper/commitments/4", "report", $"{Ministry} [1 field]", null, Ministry },
        { "/commentaries/lei-kezhong", "webpage", "Lei, Kezhong [2 fields]", "Embassy Update", null },
        { "/commentaries/chen-xiangyang", "webpage", "Chen, Xiangyang [2 fields]", null, null },
        { "/commentaries/dong-chunling", "webpage", "Dong, Chunling [2 fields]", null, null },
        { "/commentaries/ovais-ali-khokhar", "webpage", "Khokhar, Ovais Ali [2 fields]",
            "Institute for a Community with Shared Future, Communication University of China", null },
    };

    [Theory]
    [MemberData(nameof(RealImports))]
    public void OurRisImportsAsZoteroImportedIt(string address, string itemType, string creators, string? website, string? institution) =>
        Assert.Equal(new Imported(itemType, creators, website, institution), FromRis(Download(address, CitationFormat.Ris)));

    [Theory]
    [MemberData(nameof(RealImports))]
    public void OurBibtexImportsAsZoteroImportedIt(string address, string itemType, string creators, string? website, string? institution) =>
        Assert.Equal(new Imported(itemType, creators, website, institution), FromBibtex(Download(address, CitationFormat.Bibtex)));

    [Fact]
    public void ACommentarysVenueReachesZoteroFromBibtexAndBiblatexFromOrganization()
    {
        // Before, the venue was only in organization, which Zotero's BibTeX import drops for a Web Page.
        var bibtex = Download("/commentaries/lei-kezhong", CitationFormat.Bibtex);
        Assert.Contains("\n  organization = {Embassy Update},", bibtex);
        Assert.Contains("\n  journaltitle = {Embassy Update},", bibtex);
    }
}
