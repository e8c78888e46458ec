using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>
/// "can't" for the text's "cannot" is said to be a contraction, a difference of form, on the page and in the API; it was
/// "which may change the meaning", with the "Not judged" note (review 18).
/// </summary>
[Collection(RealSite.Name)]
public class QuoteCheckContractionTests(PortalFactory factory)
{
    private const string Text = "a nuclear war can't be won and must never be fought";

    [Fact]
    public async Task ThePageSaysAContractionIsADifferenceOfForm()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/quote-check?text=" + Uri.EscapeDataString(Text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Not word for word, but a contraction only: “can't” for the text's “cannot”, a difference of form, not of meaning", page.QuerySelector("#verdict")!.TextContent);
        var match = page.QuerySelector(".quote-match")!;
        Assert.Null(match.QuerySelector("p.meaning-unjudged"));
        Assert.Empty(match.QuerySelectorAll("li.meaning-change"));
        Assert.Equal("A contraction: “can't” for the text's “cannot”, the same words in another form, not a change of meaning. A quotation gives the text's form: write “cannot”.",
            Html.Folded(match.QuerySelector("p.contractions")!.TextContent));
    }

    [Fact]
    public async Task TheApiListsTheContraction()
    {
        var response = await factory.CreateClient().PostAsync("/api/quote-check", new StringContent(JsonSerializer.Serialize(new { text = Text }), Encoding.UTF8, "application/json"));
        var match = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("matches")[0];
        var contraction = Assert.Single(match.GetProperty("contractions").EnumerateArray());
        Assert.Equal(("can't", "cannot"), (contraction.GetProperty("quoted").GetString(), contraction.GetProperty("source").GetString()));
        Assert.Empty(match.GetProperty("unjudged").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, match.GetProperty("meaningNotJudged").ValueKind);
    }
}
