using System.Net;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// Review 22, D5: a commentary's title quoted word for word was "not a quotation of any text … words put in the texts'
/// mouths", and in the audit an altered title was "Not found in the paper or the commentaries" with no pointer.
/// </summary>
[Collection(RealSite.Name)]
public class TitleQuotationPageTests(PortalFactory factory)
{
    [Fact]
    public async Task ATitleQuotedWordForWordIsNamedAndNotCalledMadeUp()
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, "/quote-check?text=" + Uri.EscapeDataString("China's Vision for Shared Global Security: A New Initiative for a Safer World"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = page.GetElementById("verdict")!;
        Assert.StartsWith("Word for word in the title of Ovais Ali Khokhar's commentary", verdict.TextContent.Trim());
        Assert.DoesNotContain("verdict-warning", verdict.ClassList);
        var source = page.QuerySelector(".quote-result a.title-source")!;
        Assert.Equal("/commentaries/ovais-ali-khokhar", source.GetAttribute("href"));
        var text = Html.Folded(page.QuerySelector(".quote-result")!.TextContent);
        Assert.DoesNotContain("not a quotation of any text", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("put in the texts' mouths", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredTitleIsPointedToOnThePageAndInTheAudit()
    {
        var client = factory.CreateClient();
        var altered = "a new initiative for a safer and more just world order";
        var (_, page) = await Html.Get(client, "/quote-check?text=" + Uri.EscapeDataString(altered));
        Assert.Contains("verdict-warning", page.GetElementById("verdict")!.ClassList);
        Assert.Contains("close to the title of Ovais Ali Khokhar's commentary", page.GetElementById("verdict")!.TextContent);
        Assert.Equal("/commentaries/ovais-ali-khokhar", page.QuerySelector(".quote-result a.title-source")!.GetAttribute("href"));

        var response = await client.PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", $"The essay promised “{altered}”, its author said.")]));
        var audit = await Html.Parse(await response.Content.ReadAsStringAsync());
        var row = Assert.Single(audit.QuerySelectorAll("tr.audit-row"));
        Assert.Equal("not-in-texts", row.GetAttribute("data-verdict"));
        var cell = row.QuerySelector("td.source")!;
        Assert.Equal("/commentaries/ovais-ali-khokhar", cell.QuerySelector("a.title-source")!.GetAttribute("href"));
        Assert.DoesNotContain("Not found in the paper or the commentaries", cell.TextContent, StringComparison.Ordinal);
        Assert.Contains("close to the title", row.QuerySelector(".headline")!.TextContent);
    }
}
