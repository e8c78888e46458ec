namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A pasted sentence of the paper with a word changed was found first and nothing said it differs (review 22, D7): the
/// page names the sentence, says what was changed, and links to the quote check of the query.
/// </summary>
[Collection(RealSite.Name)]
public class PastedSentencePageTests(PortalFactory factory)
{
    private const string Altered = "Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in external affairs";

    [Fact]
    public async Task ThePageSaysWhichSentenceAndWhatWasChangedAndOffersTheQuoteCheck()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(Altered));
        var note = page.QuerySelector("p.pasted-sentence") ?? throw new Xunit.Sdk.XunitException("no p.pasted-sentence");
        Assert.Equal("This looks like a quotation of Priority 5, sentence 3, with one word changed: “external” where the paper has “internal”. Check it as a quotation.",
            Html.Folded(note.TextContent));
        var links = note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/paper/priorities/5#s3", links[0]);
        Assert.Equal("/quote-check?text=" + Uri.EscapeDataString(Altered), links[1]);
    }

    [Theory]
    [InlineData("what does china say about the war in ukraine")]
    [InlineData("how is the initiative going to be put in practice by china and other countries in the world today")]
    [InlineData("Strengthen international security governance on artificial intelligence (AI) and other emerging technologies, and prevent and manage potential security risks.")]
    public async Task ASearchOrASentenceWordForWordGetsNoNote(string query)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        Assert.NotNull(page.QuerySelector("p.count"));
        Assert.Null(page.QuerySelector("p.pasted-sentence"));
    }
}
