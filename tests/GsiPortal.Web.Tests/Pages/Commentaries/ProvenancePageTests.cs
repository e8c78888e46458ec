using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Commentaries;

/// <summary>
/// No commentary gave the reader its original address or capture date. Their captures record neither, so each page says
/// so plainly in its details; the paper's gives the ministry's address its footnote records, and says that no capture
/// date is recorded. The JSON carries the same (sourceUrl, captured: null where not recorded).
/// </summary>
[Collection(RealSite.Name)]
public class ProvenancePageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/commentaries/lei-kezhong")]
    [InlineData("/commentaries/ovais-ali-khokhar")]
    [InlineData("/commentaries/dong-chunling")]
    [InlineData("/commentaries/chen-xiangyang")]
    public async Task ACommentarySaysItsOriginalAddressAndCaptureDateAreNotRecorded(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var details = page.QuerySelector("details.meta dl")!;
        Assert.Equal("Not recorded: the captured source gives no address for the original.", Html.Folded(details.QuerySelector("dd.provenance-address")!.TextContent));
        Assert.Equal("Not recorded: the captured source gives no date for its capture.", Html.Folded(details.QuerySelector("dd.provenance-captured")!.TextContent));
        Assert.Null(details.QuerySelector("dd.provenance-address a"));
        var terms = details.QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
        Assert.Contains("Original address", terms);
        Assert.Contains("Captured", terms);
    }

    [Fact]
    public async Task ThePaperGivesTheAddressItsFootnoteRecordsAndNoCaptureDate()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        var details = page.QuerySelector("details.meta dl")!;
        Assert.Equal("https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html", details.QuerySelector("dd.provenance-address a")!.GetAttribute("href"));
        Assert.Equal("Not recorded: the captured source gives no date for its capture.", Html.Folded(details.QuerySelector("dd.provenance-captured")!.TextContent));
    }

    [Theory]
    [InlineData("/api/commentaries/lei-kezhong")]
    [InlineData("/api/commentaries/chen-xiangyang")]
    public async Task TheJsonCarriesNoAddressOrDateWhereNoneIsRecorded(string address)
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(address)).RootElement.GetProperty("document");
        Assert.Equal(JsonValueKind.Null, document.GetProperty("sourceUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("captured").ValueKind);
    }
}
