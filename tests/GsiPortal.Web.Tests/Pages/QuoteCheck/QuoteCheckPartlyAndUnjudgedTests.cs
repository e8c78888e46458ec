using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// The eighteenth session's fresh-eyes review, on the page (parsed) and through the API: a replacement the check cannot
/// judge is said to be so where a flag would be, never passed over as if the meaning were kept (D5); a reversal the
/// editors' list now holds is flagged; words of no text that hold a text's words word for word say which part is
/// real, where, and which is in no text (D6); a spelling of British English is a spelling variant only.
/// </summary>
[Collection(RealSite.Name)]
public class QuoteCheckPartlyAndUnjudgedTests(PortalFactory factory)
{
    private async Task<JsonElement> Check(string text) =>
        JsonDocument.Parse(await (await factory.CreateClient().PostAsync("/api/quote-check",
            new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

    private static string Address(string text) => "/quote-check?text=" + Uri.EscapeDataString(text);

    [Fact]
    public async Task AReplacementTheCheckCannotJudgeIsSaidToBeSo()
    {
        const string text = "Support political settlement of hotspot issues such as the Ukraine crisis through military means.";
        var (response, page) = await Html.Get(factory.CreateClient(), Address(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Not word for word: “military means” in place of “dialogue and negotiation”, which may change the meaning", page.QuerySelector("#verdict")!.TextContent);
        var match = page.QuerySelector(".quote-match")!;
        Assert.Empty(match.QuerySelectorAll("li.meaning-change"));
        var note = Html.Folded(match.QuerySelector("p.meaning-unjudged")!.TextContent);
        Assert.StartsWith("Not judged: whether “military means” in place of “dialogue and negotiation” keeps the text's meaning.", note);
        Assert.Contains("cannot tell whether any other word put in the text's place keeps the meaning", note);
        // The count stays true: a replacement is a difference.
        Assert.Contains("3 words differ", match.TextContent);

        var answer = (await Check(text)).GetProperty("matches")[0];
        Assert.Empty(answer.GetProperty("meaningChanges").EnumerateArray());
        var unjudged = Assert.Single(answer.GetProperty("unjudged").EnumerateArray());
        Assert.Equal(("military means", "dialogue and negotiation"), (unjudged.GetProperty("quoted").GetString(), unjudged.GetProperty("source").GetString()));
        Assert.StartsWith("Not judged:", answer.GetProperty("meaningNotJudged").GetString());
    }

    [Theory]
    [InlineData("support")]
    [InlineData("are consistent with")]
    public async Task AVerbOfCondemnationReversedIsFlagged(string verb)
    {
        var text = $"The Cold War mentality, unilateralism, bloc confrontation and hegemonism {verb} the spirit of the UN Charter and must be resisted and rejected.";
        var (_, page) = await Html.Get(factory.CreateClient(), Address(text));
        Assert.Equal("Not word for word, and the meaning changes: the closest passages", page.QuerySelector("#verdict")!.TextContent);
        var flag = Assert.Single(page.QuerySelectorAll(".quote-match li.meaning-change"));
        Assert.Equal("antonym", flag.GetAttribute("data-kind"));
        Assert.Contains("“contradict”", flag.TextContent);
        Assert.Null(page.QuerySelector("p.meaning-unjudged"));
        var answer = (await Check(text)).GetProperty("matches")[0];
        Assert.Equal("antonym", Assert.Single(answer.GetProperty("meaningChanges").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Null(answer.GetProperty("meaningNotJudged").GetString());
    }

    [Fact]
    public async Task AVerbatimOpeningWithAnInventedEndingSaysWhichPartIsReal()
    {
        const string text = "Humanity is an indivisible security community and NATO must be dissolved.";
        var (response, page) = await Html.Get(factory.CreateClient(), Address(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("not-found", page.QuerySelector("#results")!.GetAttribute("data-verdict"));
        Assert.Equal("Partly a quotation: 6 of its 11 words are word for word in Commitment 4, sentence 2; the rest is in no text", page.QuerySelector("#verdict")!.TextContent);
        var run = Assert.Single(page.QuerySelectorAll("ul.partly li.real-run"));
        Assert.Equal("Humanity is an indivisible security community", run.QuerySelector("mark")!.TextContent);
        Assert.Equal("/paper/commitments/4#s2", run.QuerySelector("a.run-source")!.GetAttribute("href"));
        Assert.Equal("“and NATO must be dissolved” — in no text.", Html.Folded(Assert.Single(page.QuerySelectorAll("ul.partly li.in-no-text")).TextContent));
        Assert.DoesNotContain("a paraphrase, perhaps", page.QuerySelector("#results")!.TextContent);

        var answer = await Check(text);
        Assert.Equal("not-found", answer.GetProperty("verdict").GetString());
        var partly = answer.GetProperty("partly");
        Assert.Equal((6, 11, true), (partly.GetProperty("realWords").GetInt32(), partly.GetProperty("words").GetInt32(), partly.GetProperty("restInNoText").GetBoolean()));
        var r = Assert.Single(partly.GetProperty("runs").EnumerateArray());
        Assert.Equal(("Humanity is an indivisible security community", 0, 5, "/paper/commitments/4#s2"),
            (r.GetProperty("quoted").GetString(), r.GetProperty("first").GetInt32(), r.GetProperty("last").GetInt32(), r.GetProperty("url").GetString()));
        Assert.Equal(["and NATO must be dissolved"], partly.GetProperty("inNoText").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task WordsOfNoTextWithOnlyCommonPhrasesAreStillNotAQuotation()
    {
        const string text = "China will deploy its navy to safeguard regional peace and stability in Asia.";
        var (_, page) = await Html.Get(factory.CreateClient(), Address(text));
        Assert.Equal("Not a quotation of any text", page.QuerySelector("#verdict")!.TextContent);
        Assert.Null(page.QuerySelector("ul.partly"));
        Assert.Equal(JsonValueKind.Null, (await Check(text)).GetProperty("partly").ValueKind);
    }

    [Fact]
    public async Task AnAuditRowInNoTextCarriesWhichPartIsReal()
    {
        var response = await factory.CreateClient().PostAsync("/api/quote-audit", new StringContent(
            JsonSerializer.Serialize(new { article = "The minister said: “Humanity is an indivisible security community and NATO must be dissolved.”" }), Encoding.UTF8, "application/json"));
        var row = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("quotations").EnumerateArray());
        Assert.Equal("not-in-texts", row.GetProperty("verdict").GetString());
        Assert.StartsWith("Partly a quotation: 6 of its 11 words", row.GetProperty("headline").GetString());
        Assert.Equal("/paper/commitments/4#s2", row.GetProperty("partly").GetProperty("runs")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task TheOtherSpellingOfEnglishIsASpellingVariantOnly()
    {
        const string text = "Strengthen action coordination to maintain the smooth operation of international agricultural trade, ensure stable grain production and smooth supply chains, and avoid politicising and weaponising food security issues.";
        var (_, page) = await Html.Get(factory.CreateClient(), Address(text));
        Assert.StartsWith("Not word for word, but a spelling variant only:", page.QuerySelector("#verdict")!.TextContent);
        Assert.Contains("“politicising” for the text's “politicizing”", page.QuerySelector("p.spelling-variants")!.TextContent);
        Assert.Null(page.QuerySelector("p.meaning-unjudged"));
        var answer = (await Check(text)).GetProperty("matches")[0];
        Assert.Equal(["politicising", "weaponising"], answer.GetProperty("spellingVariants").EnumerateArray().Select(e => e.GetProperty("quoted").GetString()));
    }
}
