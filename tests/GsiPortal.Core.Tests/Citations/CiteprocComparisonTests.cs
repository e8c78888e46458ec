using System.Text.Json;
using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>
/// Our Chicago, APA and MLA against citeproc-js with the real CSL styles, for an item, a sentence range, the whole paper,
/// a commentary paragraph and each commentary. citeproc's output is pinned in citeproc-expected.json, made by
/// bench/citeproc/compare.cjs from this site's own CSL-JSON (CI has no network for the styles). Ours must equal it
/// but for what the styles' own rules ask and CSL cannot say, each named here: the edition by its date and id, APA's
/// omitted publisher when it is the author, MLA's omitted author when it is the publisher, APA's comma after a
/// family-first family name, APA's title in sentence case where the editors give one, APA's "n.d." for the commentary
/// that states no date (apa.csl: "ca. 2023"), Chicago's comma inside the closing quotation mark before a bracketed
/// date, and MLA's quotation marks round a commentary's title where no
/// website is named. MLA's "par." for a paragraph of the paper is citeproc's too: given the part's locator "I, para. 3",
/// modern-language-association.csl prints "pt. I, par. 3" (the pinned run of the seventh session, which added the case).
/// </summary>
public partial class CiteprocComparisonTests
{
    private const string Origin = "https://gsiportal.example";
    private static readonly EditionStamp Edition = new("0123456789ab", new DateOnly(2026, 11, 30));
    private static readonly AddressBook Addresses = new(RealContent.Library);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Expected().GetProperty("cases").EnumerateArray()) data.Add(c.GetProperty("address").GetString()!);
        return data;
    }

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Repository.Path("tests/GsiPortal.Core.Tests/Citations/citeproc-expected.json"))).RootElement;

    /// <summary>
    /// citeproc's note (or in-text citation) for the address, and its bibliography entry for the address's page: an entry
    /// names the work, so it is the one citeproc prints for the page's own item (its URL without the pinpoint's fragment).
    /// </summary>
    private static (string Citation, string Bibliography) Citeproc(string address, string style) =>
        (Pinned(address, style).Citation, Pinned(address.Split('#')[0], style).Bibliography);

    private static (string Citation, string Bibliography) Pinned(string address, string style)
    {
        var c = Expected().GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("address").GetString() == address).GetProperty(style);
        return (Filled(c.GetProperty("citation").GetString()!), Filled(c.GetProperty("bibliography").GetString()!));
        static string Filled(string pinned) => pinned.Replace("{origin}", Origin).Replace("{edition}", Edition.Version);
    }

    private static string Ours(string address, CitationFormat format)
    {
        var hash = address.IndexOf('#');
        var passage = Addresses.Resolve(hash < 0 ? address : address[..hash], hash < 0 ? null : address[(hash + 1)..])!;
        // As the site cites by default: the passage's address in its edition (CiteApi.CitingOrigin), which the pinned run carried.
        return CitationBuilder.Build(passage, format, Origin + Core.Editions.EditionAddress.Of(Edition.Version, ""), new DateOnly(2026, 12, 4), Edition).Text;
    }

    /// <summary>The one element CSL has no variable for: the edition, named by its date and id.</summary>
    private static string WithoutEdition(string text) => EditionWords().Replace(text, "");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChicagoIsCiteprocsNoteWithTheEditionAndTheCommaInsideTheQuotationMark(string address)
    {
        // Chicago 6.9: a comma goes inside the closing quotation mark; citeproc closes the title before a bracketed date
        // (“Title” [2023?]) where no website is named.
        var citeproc = Citeproc(address, "chicago").Citation.Replace("” [", ",” [", StringComparison.Ordinal);
        // Our note links the place it cites (…/paper/commitments/4#s2-s3); citeproc prints the item's URL, which is the
        // work's (…/paper), the same for every place cited in it, so that a bibliography holds the work once.
        var passage = Addresses.Resolve(address.Split('#')[0])!;
        var work = $"{Origin}/editions/{Edition.Version}{(passage.Document.Kind == Core.Content.DocumentKind.Paper ? "/paper" : passage.Page)}.";
        Assert.EndsWith(work, citeproc);
        citeproc = citeproc[..^work.Length] + $"{Origin}/editions/{Edition.Version}{address}.";
        Assert.Equal(citeproc, WithoutEdition(Ours(address, CitationFormat.Chicago).Split('\n')[0]));
    }

    /// <summary>
    /// Two places in one work cited one after the other, as citeproc-js printed them from our CSL citation objects (review
    /// 20: ¶4 and ¶7 of Khokhar were two items, "Khokhar 2023a" and "2023b"): one item, so one bibliography entry in every
    /// style, and each citation with its own pinpoint; our objects give the two places the one id citeproc was given.
    /// </summary>
    [Fact]
    public void TwoPlacesInOneWorkAreOneEntryWithTwoPinpointsInEveryStyle()
    {
        foreach (var run in Expected().GetProperty("twoPlaces").EnumerateArray())
        {
            var addresses = run.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()!).ToArray();
            var ids = addresses.Select(a => Assert.Single(JsonDocument.Parse(Ours(a, CitationFormat.CslCitation)).RootElement.GetProperty("citationItems").EnumerateArray()).GetProperty("id").GetString()).ToArray();
            Assert.Equal(run.GetProperty("ids").EnumerateArray().Select(i => i.GetString()), ids);
            Assert.Single(ids.Distinct());
            foreach (var style in new[] { "chicago", "apa", "mla" })
            {
                Assert.Single(run.GetProperty(style).GetProperty("entries").EnumerateArray());
                var citations = run.GetProperty(style).GetProperty("citations").EnumerateArray().Select(c => c.GetString()!).ToArray();
                Assert.Equal(2, citations.Length);
                Assert.NotEqual(citations[0], citations[1]);
            }
            Assert.Equal(["(Khokhar, 2023, para. 4)", "(Khokhar, 2023, para. 7)"], Expected().GetProperty("twoPlaces")[0].GetProperty("apa").GetProperty("citations").EnumerateArray().Select(c => c.GetString()!));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChicagoGivesCiteprocsBibliographyEntryWithTheEditionOnItsOwnLine(string address)
    {
        var lines = Ours(address, CitationFormat.Chicago).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal($"Bibliography: {Citeproc(address, "chicago").Bibliography}", WithoutEdition(lines[1]));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MlaIsCiteprocsEntryAndInTextCitationWithTheEditionAndMlasOrganizationAsAuthorRule(string address)
    {
        var (citation, bibliography) = Citeproc(address, "mla");
        var author = CitedAuthor.Of(Addresses.Resolve(address.Split('#')[0])!.Document);
        // MLA 9 ("Organization as author"): an organisation that is also the publisher is not given as author; the
        // entry begins with the title, and the in-text citation gives the title without its article.
        if (!author.IsPerson)
        {
            var written = HumanStylesCurly(author.Written);
            Assert.StartsWith($"{written}. ", bibliography);
            bibliography = bibliography[(written.Length + 2)..];
            citation = citation.Replace($"({written}", "(Global Security Initiative Concept Paper", StringComparison.Ordinal);
        }
        // MLA 9: a commentary is an article, within a larger work, its title in quotation marks whether or not its website
        // is named; the style italicises a web page's title with no container named, which plain text prints bare.
        var document = Addresses.Resolve(address.Split('#')[0])!.Document;
        if (document is Core.Content.Commentary && string.IsNullOrEmpty(document.Meta.Venue))
            bibliography = bibliography.Replace($". {HumanStylesCurly(document.Title)}. ", $". “{HumanStylesCurly(document.Title)}.” ", StringComparison.Ordinal);
        var ours = Ours(address, CitationFormat.Mla).Split('\n');
        Assert.Equal(bibliography, WithoutEdition(ours[0]));
        Assert.Equal($"In text: {citation}", ours[1]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApaIsCiteprocsReferenceAndInTextCitationWithTheEditionAndApasOwnTwoRules(string address)
    {
        var (citation, bibliography) = Citeproc(address, "apa");
        var passage = Addresses.Resolve(address.Split('#')[0])!;
        var author = CitedAuthor.Of(passage.Document);
        // APA 7 (9.24): a publisher that is also the author is left out; apa.csl prints it again.
        if (!author.IsPerson) bibliography = bibliography.Replace($". {HumanStylesCurly(author.Written)}. ", ". ", StringComparison.Ordinal);
        // APA 7 (9.8): "Family, I." for every name; citeproc drops the comma for a name written family first.
        if (author.IsPerson && author.FamilyFirst) bibliography = bibliography.Replace($"{author.Family} {author.Given![0]}.", $"{author.Family}, {author.Given[0]}.", StringComparison.Ordinal);
        // APA 7 (6.17): the title in sentence case, which the editors give (title_sentence_case); the style prints the title as it is given.
        if (passage.Document.Meta.TitleSentenceCase is { } sentenceCase)
            bibliography = bibliography.Replace(HumanStylesCurly(passage.Document.Title), HumanStylesCurly(sentenceCase), StringComparison.Ordinal);
        // APA 7 (9.17): "n.d." for a source that states no date (Chen's year is the editors' inference); apa.csl writes
        // "ca. 2023" from CSL's circa flag, which APA keeps for an ancient work's approximate date (9.42).
        if (passage.Document.Date.Inferred)
        {
            var circa = $"ca. {passage.Document.Date.Year}";
            Assert.Contains(circa, bibliography);
            bibliography = bibliography.Replace(circa, "n.d.", StringComparison.Ordinal);
            citation = citation.Replace(circa, "n.d.", StringComparison.Ordinal);
        }
        var ours = Ours(address, CitationFormat.Apa).Split('\n');
        Assert.Equal(bibliography, WithoutEdition(ours[0]));
        Assert.Equal($"In text: {citation}", ours[1]);
    }

    [Fact]
    public void ThePinnedOutputCoversAnItemASentenceRangeAParagraphAndEveryCommentary()
    {
        var addresses = Expected().GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("address").GetString()!).ToList();
        Assert.Contains("/paper/commitments/4", addresses);
        Assert.Contains("/paper/commitments/4#s2-s3", addresses);
        Assert.Contains("/commentaries/lei-kezhong#p5", addresses);
        Assert.Contains("/paper/background#background-p3", addresses);
        // Each pinpoint's page is there too: its bibliography entry is the page's.
        foreach (var pinpointed in addresses.Where(a => a.Contains('#'))) Assert.Contains(pinpointed.Split('#')[0], addresses);
        foreach (var commentary in RealContent.Library.Commentaries) Assert.Contains($"/commentaries/{commentary.Id}", addresses);
    }

    /// <summary>
    /// The CSL citation object carries the pinpoint citeproc printed, as its cite locator, and the CSL-JSON item beside
    /// it: the pinned output was made from this object as served, and every style printed the locator (CSL-JSON alone has
    /// no place for it, so a processor given only the item prints none).
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void TheCslCitationObjectCarriesThePinpointEveryStylePrinted(string address)
    {
        var served = JsonDocument.Parse(Ours(address, CitationFormat.CslCitation)).RootElement;
        var cite = Assert.Single(served.GetProperty("citationItems").EnumerateArray());
        var item = JsonDocument.Parse(Ours(address, CitationFormat.CslJson)).RootElement[0];
        Assert.True(JsonElement.DeepEquals(item, cite.GetProperty("itemData")), "itemData is not the CSL-JSON item");
        Assert.Equal(item.GetProperty("id").GetString(), cite.GetProperty("id").GetString());
        var pinned = Expected().GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("address").GetString() == address).GetProperty("locator");
        if (pinned.ValueKind == JsonValueKind.Null)
        {
            Assert.False(cite.TryGetProperty("locator", out _));
            return;
        }
        var locator = pinned.GetProperty("locator").GetString()!;
        Assert.Equal(locator, cite.GetProperty("locator").GetString());
        Assert.Equal(pinned.GetProperty("label").GetString(), cite.GetProperty("label").GetString());
        foreach (var style in new[] { "chicago", "apa" })
            Assert.Contains(locator, Citeproc(address, style).Citation);
        // MLA's own abbreviation for a paragraph named within the locator: citeproc prints "I, para. 3" as "I, par. 3".
        Assert.Contains(locator.Replace("para. ", "par. ", StringComparison.Ordinal).Replace("paras. ", "pars. ", StringComparison.Ordinal), Citeproc(address, "mla").Citation);
    }

    private static string HumanStylesCurly(string text) => text.Replace('\'', '’');

    [GeneratedRegex(@"(, GsiPortal edition of [^,]+, \d{4} \([0-9a-f]{12}\)(?=, )|, GsiPortal edition of \d+ \w+\.? \d{4} \([0-9a-f]{12}\)(?=, )| GsiPortal edition of [^.]+, \d{4} \([0-9a-f]{12}\)\.(?= ))")]
    private static partial Regex EditionWords();
}
