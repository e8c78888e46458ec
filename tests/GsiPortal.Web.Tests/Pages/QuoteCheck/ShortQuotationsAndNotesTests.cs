using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// A fresh-eyes review's two quote-check findings, page and API: quotations under eight words vanished from the audit
/// (a made-up four-word one among them), and a trailing "[emphasis added]" was aligned with the next sentence's word.
/// </summary>
[Collection(RealSite.Name)]
public class ShortQuotationsAndNotesTests(PortalFactory factory)
{
    private const string Article = "The paper says that \"security of one country must not come at the expense of that of others\" and that "
        + "\"humanity is an indivisible security community\". It also calls on states to \"oppose all military alliances\".";

    [Fact]
    public async Task TheAuditPageListsEveryShorterQuotationWithALinkToCheckItAlone()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", Article)]));
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Single(page.QuerySelectorAll("tr.audit-row"));
        var listed = page.QuerySelectorAll("#results li.skipped-quotation");
        Assert.Equal(["humanity is an indivisible security community", "oppose all military alliances"], listed.Select(l => l.QuerySelector(".quoted")!.TextContent.Trim('“', '”')));
        Assert.All(listed, l => Assert.Contains("under 8 words: check it alone", l.TextContent));
        Assert.Equal("#skipped", page.QuerySelector(".legend .skipped a")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("skipped"));
        // The link checks the quotation alone: the made-up one is answered as no quotation of any text.
        var (check, checkPage) = await Html.Get(client, listed[1].QuerySelector("a.check-link")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal("not-found", checkPage.QuerySelector("#results")!.GetAttribute("data-verdict"));
    }

    [Fact]
    public async Task TheAuditApiListsTheSkippedQuotationsWithWhyAndTheCheck()
    {
        var response = await factory.CreateClient().PostAsync("/api/quote-audit", new StringContent(JsonSerializer.Serialize(new { article = Article }), Encoding.UTF8, "application/json"));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, answer.GetProperty("skipped").GetInt32());
        var skipped = answer.GetProperty("skippedQuotations").EnumerateArray().ToList();
        Assert.Equal([("humanity is an indivisible security community", 6), ("oppose all military alliances", 4)],
            skipped.Select(s => (s.GetProperty("text").GetString(), s.GetProperty("words").GetInt32())));
        Assert.All(skipped, s => Assert.Equal("short", s.GetProperty("reason").GetString()));
        Assert.All(skipped, s => Assert.Equal("under 8 words: check it alone", s.GetProperty("why").GetString()));
        Assert.Equal("/quote-check?text=oppose%20all%20military%20alliances", skipped[1].GetProperty("check").GetString());
    }

    [Fact]
    public async Task ATrailingEditorsNoteIsReadAsOneOnThePageAndInTheApi()
    {
        const string quotation = "security of one country should not come at the expense of that of others [emphasis added]";
        var response = await factory.CreateClient().PostAsync("/api/quote-check", new StringContent(JsonSerializer.Serialize(new { text = quotation }), Encoding.UTF8, "application/json"));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal("Found word for word", answer.GetProperty("headline").GetString());
        Assert.Equal("/paper/commitments/4#s3", answer.GetProperty("matches")[0].GetProperty("url").GetString());
        Assert.Equal(["[emphasis added]"], answer.GetProperty("editorialNotes").EnumerateArray().Select(n => n.GetString()));

        var (_, page) = await Html.Get(factory.CreateClient(), "/quote-check?text=" + Uri.EscapeDataString(quotation));
        Assert.Equal("Found word for word", page.QuerySelector("#verdict")!.TextContent.Trim());
        Assert.Equal("“[emphasis added]” read as an editor's note, not as words of the text.", page.QuerySelector("#results .editorial-notes")!.TextContent.Trim());
    }
}
