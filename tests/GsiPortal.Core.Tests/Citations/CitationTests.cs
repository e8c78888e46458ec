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
    [InlineData(CitationFormat.Chicago, "Ministry of Foreign Affairs of the People's Republic of China, The Global Security Initiative Concept Paper, February 21, 2023, pt. II, commitment 4, GsiPortal edition 0123456789ab (November 25, 2026), https://gsiportal.example/paper/commitments/4 (accessed November 23, 2026); originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html.")]
    [InlineData(CitationFormat.Apa, "Ministry of Foreign Affairs of the People's Republic of China. (2023, February 21). The Global Security Initiative Concept Paper (pt. II, commitment 4). GsiPortal (edition 0123456789ab, November 25, 2026). Retrieved November 23, 2026, from https://gsiportal.example/paper/commitments/4")]
    [InlineData(CitationFormat.Mla, "Ministry of Foreign Affairs of the People's Republic of China. The Global Security Initiative Concept Paper. 21 Feb. 2023, pt. II, commitment 4. GsiPortal, edition 0123456789ab of 25 Nov. 2026, https://gsiportal.example/paper/commitments/4. Accessed 23 Nov. 2026. Originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html.")]
    [InlineData(CitationFormat.Bibtex, "@misc{paper-commitment-4,\n  author = {{Ministry of Foreign Affairs of the People's Republic of China}},\n  title = {{The Global Security Initiative Concept Paper}},\n  year = {2023},\n  month = feb,\n  date = {2023-02-21},\n  publisher = {Ministry of Foreign Affairs of the People's Republic of China},\n  howpublished = {GsiPortal},\n  version = {0123456789ab},\n  note = {pt. II, commitment 4; originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html; GsiPortal edition 0123456789ab of 2026-11-25},\n  url = {https://gsiportal.example/paper/commitments/4},\n  urldate = {2026-11-23}\n}\n")]
    [InlineData(CitationFormat.Ris, "TY  - GOVDOC\nAU  - Ministry of Foreign Affairs of the People's Republic of China\nTI  - The Global Security Initiative Concept Paper\nPY  - 2023\nDA  - 2023/02/21/\nPB  - Ministry of Foreign Affairs of the People's Republic of China\nSE  - pt. II, commitment 4\nN1  - Originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html\nET  - GsiPortal edition 0123456789ab of 2026-11-25\nUR  - https://gsiportal.example/paper/commitments/4\nY2  - 2026/11/23/\nDB  - GsiPortal\nLA  - en\nER  - \n")]
    public void CommitmentFour(CitationFormat format, string expected) => Assert.Equal(expected, Cite("paper/commitments/4", format));

    [Theory]
    [InlineData(CitationFormat.Chicago, "Lei Kezhong, “The Global Security Initiative Bridges Peace Deficit,” Embassy Update, June 7, 2022, GsiPortal edition 0123456789ab (November 25, 2026), https://gsiportal.example/commentaries/lei-kezhong (accessed November 23, 2026).")]
    [InlineData(CitationFormat.Apa, "Lei, K. (2022, June 7). The Global Security Initiative Bridges Peace Deficit. Embassy Update. GsiPortal (edition 0123456789ab, November 25, 2026). Retrieved November 23, 2026, from https://gsiportal.example/commentaries/lei-kezhong")]
    [InlineData(CitationFormat.Mla, "Lei Kezhong. “The Global Security Initiative Bridges Peace Deficit.” Embassy Update, 7 June 2022. GsiPortal, edition 0123456789ab of 25 Nov. 2026, https://gsiportal.example/commentaries/lei-kezhong. Accessed 23 Nov. 2026.")]
    [InlineData(CitationFormat.Bibtex, "@misc{lei-kezhong,\n  author = {Lei, Kezhong},\n  title = {{The Global Security Initiative Bridges Peace Deficit}},\n  year = {2022},\n  month = jun,\n  date = {2022-06-07},\n  howpublished = {Embassy Update; GsiPortal},\n  version = {0123456789ab},\n  note = {GsiPortal edition 0123456789ab of 2026-11-25},\n  url = {https://gsiportal.example/commentaries/lei-kezhong},\n  urldate = {2026-11-23}\n}\n")]
    [InlineData(CitationFormat.Ris, "TY  - ELEC\nAU  - Lei, Kezhong\nTI  - The Global Security Initiative Bridges Peace Deficit\nPY  - 2022\nDA  - 2022/06/07/\nT2  - Embassy Update\nET  - GsiPortal edition 0123456789ab of 2026-11-25\nUR  - https://gsiportal.example/commentaries/lei-kezhong\nY2  - 2026/11/23/\nDB  - GsiPortal\nLA  - en\nER  - \n")]
    public void LeiKezhong(CitationFormat format, string expected) => Assert.Equal(expected, Cite("commentaries/lei-kezhong", format));

    [Fact]
    public void CslJsonCarriesTheFieldsForBoth()
    {
        var item = JsonDocument.Parse(Cite("paper/commitments/4", CitationFormat.CslJson)).RootElement.EnumerateArray().Single();
        Assert.Equal("paper-commitment-4", item.GetProperty("id").GetString());
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal([2023, 2, 21], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2026, 11, 23], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("pt. II, commitment 4", item.GetProperty("section").GetString());
        Assert.Equal("https://gsiportal.example/paper/commitments/4", item.GetProperty("URL").GetString());
        Assert.Equal("0123456789ab", item.GetProperty("version").GetString());

        var lei = JsonDocument.Parse(Cite("commentaries/lei-kezhong", CitationFormat.CslJson)).RootElement[0];
        Assert.Equal("article", lei.GetProperty("type").GetString());
        Assert.Equal("Lei", lei.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Kezhong", lei.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("Embassy Update", lei.GetProperty("container-title").GetString());
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
        Assert.Equal(Origin + target.Address, fields["url"]);
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
        Assert.Equal(Origin + target.Address, tags["UR"]);
        Assert.Equal("2026/11/23/", tags["Y2"]);
        Assert.StartsWith(target.Document.Meta.AuthorFamily ?? target.Document.Author, tags["AU"]);
    }

    [Fact]
    public void AnInferredDateIsBracketedAndNoted()
    {
        Assert.Contains("“The Global Security Initiative Highlights China's Leadership in Human Security Community,” [2023],", Cite("commentaries/chen-xiangyang", CitationFormat.Chicago));
        Assert.Contains("Chen, X. ([2023]).", Cite("commentaries/chen-xiangyang", CitationFormat.Apa));
        Assert.Contains("note = {date inferred from the text; GsiPortal edition 0123456789ab of 2026-11-25}", Cite("commentaries/chen-xiangyang", CitationFormat.Bibtex));
    }

    [Fact]
    public void AnEditionWithoutADateIsNamedByItsVersionAlone()
    {
        var citation = CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4")!, CitationFormat.Chicago, Origin, Accessed, new EditionStamp("0123456789ab", null)).Text;
        Assert.Contains("commitment 4, GsiPortal edition 0123456789ab, https://", citation);
    }

    [Fact]
    public void AGivenFirstNameIsInvertedWhereTheStyleSaysSo()
    {
        Assert.StartsWith("Khokhar, Ovais Ali. “China's Vision", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Mla));
        Assert.StartsWith("Khokhar, O. A. (2023, September 23).", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Apa));
        Assert.StartsWith("Ovais Ali Khokhar, “China's Vision", Cite("commentaries/ovais-ali-khokhar", CitationFormat.Chicago));
    }

    [Fact]
    public void AnAuthorWithoutAnOriginalAddressHasNoOriginalInAnyStyle() =>
        Assert.All(CitationFormats.All, f => Assert.DoesNotContain("originally published", Cite("commentaries/lei-kezhong", f), StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void ASentenceIsQuotedWithItsPinpoint() =>
        Assert.Equal("“Humanity is an indivisible security community.” Ministry of Foreign Affairs of the People's Republic of China, The Global Security Initiative Concept Paper, February 21, 2023, pt. II, commitment 4, sentence 2, GsiPortal edition 0123456789ab (November 25, 2026), https://gsiportal.example/paper/commitments/4#s2 (accessed November 23, 2026); originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html.",
            Cite("paper/commitments/4", CitationFormat.Chicago, sentence: 2));

    [Fact]
    public void ARangeOfSentencesIsQuotedWholeWithItsPinpoint() =>
        Assert.StartsWith("“Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.” Ministry of Foreign Affairs",
            CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4", "s2-s3")!, CitationFormat.Chicago, Origin, Accessed, Edition).Text);

    [Theory]
    [InlineData("/commentaries/lei-kezhong", "p4-p6", "paras. 4–6")]
    [InlineData("/commentaries/lei-kezhong", "p5-s2", "para. 5, sentence 2")]
    [InlineData("/paper/priorities/4", "priority-4-p2", "pt. III, priority 4, para. 2")]
    [InlineData("/paper/priorities", "priorities-p1", "pt. III, para. 1")]
    public void AParagraphOrSentenceCarriesItsPinpoint(string page, string fragment, string place) =>
        Assert.Contains(place, CitationBuilder.Build(Addresses.Resolve(page, fragment)!, CitationFormat.Chicago, Origin, Accessed, Edition).Text);

    [GeneratedRegex(@"^\s+(?<key>\w+) = (?<value>.+?),?$", RegexOptions.Multiline)]
    private static partial Regex BibtexFields();

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex RisLine();
}
