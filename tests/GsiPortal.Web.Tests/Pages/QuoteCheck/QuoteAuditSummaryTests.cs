namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// The audit's summary counts every quotation found word for word, the ones cut inside a sentence said among them, and
/// the paper's own inner quotation quoted whole is word for word, shown without the paper's marks (review 22, D10: three
/// exact quotations of five read "Word for word: 0").
/// </summary>
[Collection(RealSite.Name)]
public class QuoteAuditSummaryTests(PortalFactory factory)
{
    [Fact]
    public async Task TheSummaryCountsEveryQuotationWordForWord()
    {
        var article = "The paper recalls that “a nuclear war cannot be won and must never be fought”.\n"
            + "It wants “dialogue and cooperation among nuclear-weapon states to reduce the risk” too.\n"
            + "It asks for “abandoning the Cold War mentality, opposing unilateralism, and saying no to group politics and bloc confrontation”.\n"
            + "A spokesman added that “the initiative will bring lasting peace to every corner of the planet within a decade”.";
        var response = await factory.CreateClient().PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", article)]));
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Word for word: 2, 1 of them cut inside a sentence.", "Altered: 1.", "Joined from two places: 0.", "Not in the texts: 1."],
            page.QuerySelectorAll("p.legend .audit-count").Select(c => Html.Folded(c.TextContent)));
        Assert.Equal("exact", page.QuerySelector("p.legend .audit-count")!.GetAttribute("data-verdict"));
        var nuclear = page.QuerySelectorAll("tr.audit-row")[0];
        Assert.Equal("exact", nuclear.GetAttribute("data-verdict"));
        Assert.Equal("a nuclear war cannot be won and must never be fought", nuclear.QuerySelector("blockquote.source-text")!.TextContent);
        Assert.Equal("/paper/priorities/3#s1", nuclear.QuerySelector("a.source-link")!.GetAttribute("href"));
    }
}
