using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// The quotations a fresh-eyes review's articles held that the audit never named (review 19, D2), page and API: one in
/// straight single quotes (the page promises straight quotation marks), one inside another quotation with commitment
/// 4's "not" dropped, an indented block quote, and a quotation mark never closed.
/// </summary>
[Collection(RealSite.Name)]
public class QuotationsTheAuditMissedTests(PortalFactory factory)
{
    private const string Article = "The paper insists that 'security of one country should not come at the expense of that of others', a line aimed at NATO.\n\n"
        + "Khokhar writes: “the paper says ‘security of one country should come at the expense of that of others’ and so on”.\n\n"
        + "The fourth commitment reads:\n\n    Humanity is an indivisible security community.\n\n"
        + "A columnist wrote “all countries are equal in terms of security interests, and never closed the mark.";

    private async Task<JsonElement> Api()
    {
        var response = await factory.CreateClient().PostAsync("/api/quote-audit", new StringContent(JsonSerializer.Serialize(new { article = Article }), Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task TheApiChecksTheStraightSingleAndTheNestedQuotation()
    {
        var rows = (await Api()).GetProperty("quotations").EnumerateArray().ToList();
        var straight = Assert.Single(rows, r => r.GetProperty("text").GetString() == "security of one country should not come at the expense of that of others");
        Assert.Equal("exact", straight.GetProperty("verdict").GetString());
        var nested = Assert.Single(rows, r => r.GetProperty("form").GetString() == "nested");
        Assert.Equal("altered", nested.GetProperty("verdict").GetString());
        Assert.Contains(nested.GetProperty("match").GetProperty("meaningChanges").EnumerateArray(), c => c.GetProperty("kind").GetString() == "negation");
    }

    [Fact]
    public async Task TheApiListsTheIndentedBlockQuoteAndNamesTheUnclosedOne()
    {
        var skipped = (await Api()).GetProperty("skippedQuotations").EnumerateArray().ToList();
        var block = Assert.Single(skipped, s => s.GetProperty("form").GetString() == "block");
        Assert.Equal("Humanity is an indivisible security community.", block.GetProperty("text").GetString());
        var unclosed = Assert.Single(skipped, s => s.GetProperty("reason").GetString() == "unclosed");
        Assert.StartsWith("all countries are equal", unclosed.GetProperty("text").GetString());
        Assert.Contains("never closed", unclosed.GetProperty("why").GetString());
    }

    [Fact]
    public async Task ThePageShowsTheNestedRowAndTheUnclosedQuotation()
    {
        var response = await factory.CreateClient().PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", Article)]));
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll("tr.audit-row"), r => r.TextContent.Contains("inside another quotation", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#results li.skipped-quotation"), l => l.GetAttribute("data-reason") == "unclosed" && l.TextContent.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains("never closed", page.GetElementById("skipped")!.TextContent);
    }
}
