using System.Text.Json;
using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>The exact citations of commitment 4 and of the Lei Kezhong commentary, in every format.</summary>
public partial class CitationTests
{
    private const string Origin = "https://gsiportal.example";
    private static readonly DateOnly Accessed = new(2026, 11, 23);
    /// <summary>A fixed edition, so that the expected texts do not change with every content edit.</summary>
    private static readonly EditionStamp Edition = new("0123456789ab", new DateOnly(2026, 11, 25));

    private static readonly AddressBook Addresses = new(RealContent.Library);

    private static string Cite(string path, CitationFormat format, int? sentence = null) =>
        CitationBuilder.Build(Addresses.Resolve(path, sentence is null ? null : $"s{sentence}")!, format, Origin, Accessed, Edition).Text;

    [Theory]
    [InlineData(CitationFormat.Chicago, "Ministry of Foreign Affairs of the People’s Republic of China, The Global Security Initiative Concept Paper (Ministry of Foreign Affairs of the People’s Republic of China, 2023), pt. II, commitment 4, GsiPortal edition of November 25, 2026 (0123456789ab), https://gsiportal.example/paper/commitments/4.\nBibliography: Ministry of Foreign Affairs of the People’s Republic of China. The Global Security Initiative Concept Paper. Ministry of Foreign Affairs of the People’s Republic of China, 2023. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/paper.")]
    [InlineData(CitationFormat.Apa, "Ministry of Foreign Affairs of the People’s Republic of China. (2023). The Global Security Initiative concept paper. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/paper\nIn text: (Ministry of Foreign Affairs of the People’s Republic of China, 2023, Part II, commitment 4)")]
    [InlineData(CitationFormat.Mla, "The Global Security Initiative Concept Paper. Ministry of Foreign Affairs of the People’s Republic of China, 21 Feb. 2023, GsiPortal edition of 25 Nov. 2026 (0123456789ab), https://gsiportal.example/paper.\nIn text: (Global Security Initiative Concept Paper, pt. II, commitment 4)")]
    [InlineData(CitationFormat.Bibtex, "@techreport{paper,\n  author = {{Ministry of Foreign Affairs of the People's Republic of China}},\n  title = {{The Global Security Initiative Concept Paper}},\n  year = {2023},\n  month = feb,\n  date = {2023-02-21},\n  institution = {Ministry of Foreign Affairs of the People's Republic of China},\n  version = {0123456789ab},\n  note = {Pinpoint: pt. II, commitment 4, https://gsiportal.example/paper/commitments/4; Originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html; Capture date not recorded in the captured source; GsiPortal edition of 2026-11-25 (0123456789ab), https://gsiportal.example/editions/0123456789ab/paper/commitments/4},\n  url = {https://gsiportal.example/paper},\n  urldate = {2026-11-23}\n}\n")]
    [InlineData(CitationFormat.Ris, "TY  - RPRT\nAU  - Ministry of Foreign Affairs of the People's Republic of China\nTI  - The Global Security Initiative Concept Paper\nPY  - 2023\nDA  - 2023/02/21/\nPB  - Ministry of Foreign Affairs of the People's Republic of China\nN1  - Pinpoint: pt. II, commitment 4, https://gsiportal.example/paper/commitments/4\nN1  - Originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html\nN1  - Capture date not recorded in the captured source\nN1  - GsiPortal edition of 2026-11-25 (0123456789ab), https://gsiportal.example/editions/0123456789ab/paper/commitments/4\nUR  - https://gsiportal.example/paper\nY2  - 2026/11/23/\nDB  - GsiPortal\nLA  - en\nER  - \n")]
    public void CommitmentFour(CitationFormat format, string expected) => Assert.Equal(expected, Cite("paper/commitments/4", format));

    [Theory]
    [InlineData(CitationFormat.Chicago, "Lei Kezhong, “The Global Security Initiative Bridges Peace Deficit,” Embassy Update, June 7, 2022, GsiPortal edition of November 25, 2026 (0123456789ab), https://gsiportal.example/commentaries/lei-kezhong.\nBibliography: Lei Kezhong. “The Global Security Initiative Bridges Peace Deficit.” Embassy Update, June 7, 2022. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/lei-kezhong.")]
    [InlineData(CitationFormat.Apa, "Lei, K. (2022, June 7). The Global Security Initiative bridges peace deficit. Embassy Update. GsiPortal edition of November 25, 2026 (0123456789ab). https://gsiportal.example/commentaries/lei-kezhong\nIn text: (Lei, 2022)")]
    [InlineData(CitationFormat.Mla, "Lei Kezhong. “The Global Security Initiative Bridges Peace Deficit.” Embassy Update, 7 June 2022, GsiPortal edition of 25 Nov. 2026 (0123456789ab), https://gsiportal.example/commentaries/lei-kezhong.\nIn text: (Lei)")]
    [InlineData(CitationFormat.Bibtex, "@online{lei-kezhong,\n  author = {Lei, Kezhong},\n  title = {{The Global Security Initiative Bridges Peace Deficit}},\n  year = {2022},\n  month = jun,\n  date = {2022-06-07},\n  organization = {Embassy Update},\n  journaltitle = {Embassy Update},\n  version = {0123456789ab},\n  note = {Original address and capture date not recorded in the captured source; GsiPortal edition of 2026-11-25 (0123456789ab), https://gsiportal.example/editions/0123456789ab/commentaries/lei-kezhong},\n  url = {https://gsiportal.example/commentaries/lei-kezhong},\n  urldate = {2026-11-23}\n}\n")]
    [InlineData(CitationFormat.Ris, "TY  - ELEC\nAU  - Lei, Kezhong\nTI  - The Global Security Initiative Bridges Peace Deficit\nPY  - 2022\nDA  - 2022/06/07/\nT2  - Embassy Update\nN1  - Original address and capture date not recorded in the captured source\nN1  - GsiPortal edition of 2026-11-25 (0123456789ab), https://gsiportal.example/editions/0123456789ab/commentaries/lei-kezhong\nUR  - https://gsiportal.example/commentaries/lei-kezhong\nY2  - 2026/11/23/\nDB  - GsiPortal\nLA  - en\nER  - \n")]
    public void LeiKezhong(CitationFormat format, string expected) => Assert.Equal(expected, Cite("commentaries/lei-kezhong", format));

    [Fact]
    public void CslJsonTypesThePaperAReportAndACommentaryAWebPage()
    {
        var item = JsonDocument.Parse(Cite("paper/commitments/4", CitationFormat.CslJson)).RootElement.EnumerateArray().Single();
        Assert.Equal("paper", item.GetProperty("id").GetString());
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", item.GetProperty("publisher").GetString());
        Assert.Equal([2023, 2, 21], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2026, 11, 23], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("https://gsiportal.example/paper", item.GetProperty("URL").GetString());
        // No CSL "section" (every style drops it) and no "version" (citeproc would print the hash in the human styles).
        Assert.False(item.TryGetProperty("section", out _));
        Assert.False(item.TryGetProperty("version", out _));
        Assert.StartsWith("Pinpoint: pt. II, commitment 4, https://gsiportal.example/paper/commitments/4\n", item.GetProperty("note").GetString());

        var lei = JsonDocument.Parse(Cite("commentaries/lei-kezhong", CitationFormat.CslJson)).RootElement[0];
        Assert.Equal("webpage", lei.GetProperty("type").GetString());
        Assert.Equal("Lei", lei.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Kezhong", lei.GetProperty("author")[0].GetProperty("given").GetString());
        // citeproc-js writes a name with static-ordering family first, with no comma: "Lei Kezhong".
        Assert.True(lei.GetProperty("author")[0].GetProperty("static-ordering").GetBoolean());
        Assert.Equal("Embassy Update", lei.GetProperty("container-title").GetString());

        var khokhar = JsonDocument.Parse(Cite("commentaries/ovais-ali-khokhar", CitationFormat.CslJson)).RootElement[0];
        Assert.False(khokhar.GetProperty("author")[0].TryGetProperty("static-ordering", out _));
    }

    [Fact]
    public void ACslJsonNoteEndsAQuotationWithItsOwnStopNotADoubledOne()
    {
        var note = JsonDocument.Parse(CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4", "s2-s3")!, CitationFormat.CslJson, Origin, Accessed, Edition).Text)
            .RootElement[0].GetProperty("note").GetString()!;
        Assert.Contains("Quoting: “Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.”\n", note);
        Assert.DoesNotContain("”.", note);
    }

    [Fact]
    public void AQuotationThatHoldsDoubleQuotationMarksIsSetInSingleOnesNotNestedInItsLike()
    {
        // Chen Xiangyang ¶9 s1 opens: Fourth, “taking the legitimate security concerns …”: its marks are kept as printed.
        var note = JsonDocument.Parse(CitationBuilder.Build(Addresses.Resolve("/commentaries/chen-xiangyang", "p9-s1")!, CitationFormat.CslJson, Origin, Accessed, Edition).Text)
            .RootElement[0].GetProperty("note").GetString()!;
        Assert.Contains("Quoting: ‘Fourth, “taking the legitimate security concerns of all countries seriously”", note);
        Assert.DoesNotContain("Quoting: “", note);
    }

    [Theory]
    [InlineData("paper/commitments/4")]
    [InlineData("commentaries/lei-kezhong")]
    [InlineData("commentaries/ovais-ali-khokhar")]
    public void BibtexParsesBackIntoTheSameFields(string path)
    {
        var target = Addresses.Resolve(path)!;
        var fields = BibtexFields().Matches(Cite(path, CitationFormat.Bibtex)).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim('{', '}'));
        Assert.Equal(target.Document.Title, fields["title"]);
        Assert.Equal(target.Document.Date.Year.ToString(), fields["year"]);
        Assert.Equal(target.Document.Date.Iso, fields["date"]);
        Assert.Equal(Origin + (target.Document.Kind == Core.Content.DocumentKind.Paper ? "/paper" : target.Page), fields["url"]);
        Assert.Equal("2026-11-23", fields["urldate"]);
        Assert.Contains(target.Document.Meta.AuthorFamily ?? target.Document.Author, fields["author"]);
    }

    [Theory]
    [InlineData("paper/commitments/4")]
    [InlineData("commentaries/lei-kezhong")]
    [InlineData("commentaries/chen-xiangyang")]
    public void RisParsesBackIntoTheSameFields(string path)
    {
        var target = Addresses.Resolve(path)!;
        var lines = Cite(path, CitationFormat.Ris).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ER  - ", lines[^1]);
        var tags = lines.Select(l => RisLine().Match(l)).Where(m => m.Success).GroupBy(m => m.Groups["tag"].Value).ToDictionary(g => g.Key, g => g.First().Groups["value"].Value);
        Assert.Equal(target.Document.Title, tags["TI"]);
        Assert.Equal(target.Document.Date.Year.ToString(), tags["PY"]);
        Assert.Equal(Origin + (target.Document.Kind == Core.Content.DocumentKind.Paper ? "/paper" : target.Page), tags["UR"]);
        Assert.Equal("2026/11/23/", tags["Y2"]);
        Assert.StartsWith(target.Document.Meta.AuthorFamily ?? target.Document.Author, tags["AU"]);
    }

    [Fact]
    public void AnInferredDateIsWrittenAsEachStyleWritesAnUnstatedDateAndNoted()
    {
        Assert.Contains("“The Global Security Initiative Highlights China’s Leadership in Human Security Community,” [2023?],", Cite("commentaries/chen-xiangyang", CitationFormat.Chicago));
        Assert.Contains("Chen, X. (n.d.).", Cite("commentaries/chen-xiangyang", CitationFormat.Apa));
        Assert.Contains("Community.” Circa 2023,", Cite("commentaries/chen-xiangyang", CitationFormat.Mla));
        Assert.Contains("note = {Date inferred from the text; Original address and capture date not recorded in the captured source; GsiPortal edition of 2026-11-25 (0123456789ab), https://gsiportal.example/editions/0123456789ab/commentaries/chen-xiangyang}", Cite("commentaries/chen-xiangyang", CitationFormat.Bibtex));
    }

    /// <summary>
    /// The site cites the edition's address by default (CiteApi.CitingOrigin): the data formats' URL is then that
    /// address, and their note names the current text's instead, so that the data keep both addresses (until the
    /// tenth session the note repeated the URL it stood beside).
    /// </summary>
    [Theory]
    [InlineData(CitationFormat.Ris, "UR  - https://gsiportal.example/editions/0123456789ab/paper\n", "N1  - GsiPortal edition of 2026-11-25 (0123456789ab); the current text: https://gsiportal.example/paper/commitments/4#s2\n")]
    [InlineData(CitationFormat.Bibtex, "url = {https://gsiportal.example/editions/0123456789ab/paper}", "GsiPortal edition of 2026-11-25 (0123456789ab); the current text: https://gsiportal.example/paper/commitments/4#s2}")]
    [InlineData(CitationFormat.CslJson, "\"URL\": \"https://gsiportal.example/editions/0123456789ab/paper\"", "GsiPortal edition of 2026-11-25 (0123456789ab); the current text: https://gsiportal.example/paper/commitments/4#s2\"")]
    public void LinkingTheEditionTheDataNoteTheCurrentTextsAddress(CitationFormat format, string url, string note)
    {
        var cited = CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4", "s2")!, format, Origin + "/editions/0123456789ab", Accessed, Edition).Text;
        Assert.Contains(url, cited);
        Assert.Contains(note, cited);
        // The URL, the work's, and the pinpoint's place, both in the edition (since review 20 the item is the work).
        Assert.Contains("Pinpoint: pt. II, commitment 4, sentence 2, https://gsiportal.example/editions/0123456789ab/paper/commitments/4#s2", cited);
        Assert.Equal(2, Regex.Matches(cited, "/editions/0123456789ab/").Count);
    }

    [Fact]
    public void AnEditionWithoutADateIsNamedByItsIdAloneInTheHumanStylesAndTheData()
    {
        var undated = new EditionStamp("0123456789ab", null);
        var passage = Addresses.Resolve("/paper/commitments/4")!;
        Assert.Contains("commitment 4, GsiPortal edition 0123456789ab, https://", CitationBuilder.Build(passage, CitationFormat.Chicago, Origin, Accessed, undated).Text);
        Assert.Contains("N1  - GsiPortal edition 0123456789ab, https://gsiportal.example/editions/0123456789ab/paper/commitments/4\n", CitationBuilder.Build(passage, CitationFormat.Ris, Origin, Accessed, undated).Text);
    }

    [Theory]
    [InlineData(CitationFormat.Chicago)]
    [InlineData(CitationFormat.Apa)]
    [InlineData(CitationFormat.Mla)]
    public void TheHumanStylesNameTheEditionByItsDateAndIdNeitherQuoteNorCarryAnAccessDate(CitationFormat format)
    {
        var text = CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4", "s2-s3")!, format, Origin, Accessed, Edition).Text;
        // Once: the id names the edition (a day can hold several); the URL stays the page's.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text.Split('\n')[0], "0123456789ab"));
        Assert.DoesNotContain("Humanity is", text);
        Assert.DoesNotContain("ccessed", text);
        Assert.DoesNotContain("Retrieved", text);
        Assert.DoesNotContain("'", text);
        Assert.Matches(@"GsiPortal edition of (November 25, 2026|25 Nov\. 2026) \(0123456789ab\)", text);
    }

    [Fact]
    public void AGivenFirstNameIsInvertedWhereTheStyleSaysSo()
    {
        Assert.StartsWith("Khokhar, Ovais Ali. “China’s Vision", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Mla));
        Assert.StartsWith("Khokhar, O. A. (2023, September 23).", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Apa));
        Assert.StartsWith("Ovais Ali Khokhar, “China’s Vision", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Chicago));
    }

    [Fact]
    public void AnAuthorWithoutAnOriginalAddressHasNoOriginalInAnyStyle() =>
        Assert.All(CitationFormats.All, f => Assert.DoesNotContain("originally published", Cite("commentaries/lei-kezhong", f), StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void ASentenceCarriesItsPinpointInTheNoteAndTheInTextCitations()
    {
        Assert.Equal("Ministry of Foreign Affairs of the People’s Republic of China, The Global Security Initiative Concept Paper (Ministry of Foreign Affairs of the People’s Republic of China, 2023), pt. II, commitment 4, sentence 2, GsiPortal edition of November 25, 2026 (0123456789ab), https://gsiportal.example/paper/commitments/4#s2.",
            Cite("paper/commitments/4", CitationFormat.Chicago, sentence: 2).Split('\n')[0]);
        Assert.EndsWith("In text: (Ministry of Foreign Affairs of the People’s Republic of China, 2023, Part II, commitment 4, sentence 2)", Cite("paper/commitments/4", CitationFormat.Apa, sentence: 2));
        Assert.EndsWith("In text: (Global Security Initiative Concept Paper, pt. II, commitment 4, sentence 2)", Cite("paper/commitments/4", CitationFormat.Mla, sentence: 2));
        Assert.Contains("N1  - Pinpoint: pt. II, commitment 4, sentence 2, https://gsiportal.example/paper/commitments/4#s2\n", Cite("paper/commitments/4", CitationFormat.Ris, sentence: 2));
    }

    [Theory]
    [InlineData("/commentaries/lei-kezhong", "p4-p6", "paras. 4–6")]
    [InlineData("/commentaries/lei-kezhong", "p5-s2", "para. 5, sentence 2")]
    [InlineData("/paper/priorities/4", "priority-4-p2", "pt. III, priority 4, para. 2")]
    [InlineData("/paper/priorities", "priorities-p1", "pt. III, introduction, para. 1,")]
    [InlineData("/paper/commitments", "commitments-p1", "pt. II, closing,")]
    [InlineData("/paper/background", "background-p3", "pt. I, para. 3,")]
    public void AParagraphOrSentenceCarriesItsPinpoint(string page, string fragment, string place) =>
        Assert.Contains(place, CitationBuilder.Build(Addresses.Resolve(page, fragment)!, CitationFormat.Chicago, Origin, Accessed, Edition).Text);

    /// <summary>
    /// A reader who follows a citation's pinpoint lands on the words cited: every pinpoint the site writes for the
    /// paper — every part, item and paragraph, and a sentence of each item — read back by the one reference grammar
    /// names the same passage. ("pt. III, para. 2" once meant the introduction's second paragraph, which the grammar,
    /// counting as the printed paper does, reads as priority 2.)
    /// </summary>
    [Fact]
    public void EveryPinpointOfThePaperReadsBackToThePassageCited()
    {
        var paper = RealContent.Library.Paper;
        var passages = paper.Parts.Select(AddressBook.Of)
            .Concat(paper.Parts.SelectMany(p => p.Items).Select(AddressBook.Of))
            .Concat(paper.Parts.SelectMany(p => p.Paragraphs).Select(p => Addresses.Resolve(p.Locator)!))
            .Concat(paper.Parts.SelectMany(p => p.Items).Select(i => Addresses.Resolve(i.Locator.WithSentences(1, 1))!))
            .Where(p => p.Kind != PassageKind.Paragraphs || p.Item is null || p.Item.Paragraphs.Count > 1)
            .ToList();
        Assert.True(passages.Count > 60, $"only {passages.Count} passages");
        var wrong = passages.Select(p => (Place: CitationPlace.Of(p)!, p.Address))
            .Select(c => (c.Place, c.Address, Read: Addresses.References.Read(c.Place)))
            .Where(c => !c.Read.Names || c.Read.Passages.Count != 1 || c.Read.Passages[0].Address != c.Address)
            .Select(c => $"{c.Place} → {(c.Read.Names ? string.Join(' ', c.Read.Passages.Select(p => p.Address)) : c.Read.Reason)} (cited {c.Address})")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [GeneratedRegex(@"^\s+(?<key>\w+) = (?<value>.+?),?$", RegexOptions.Multiline)]
    private static partial Regex BibtexFields();

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex RisLine();
}
