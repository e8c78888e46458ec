using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A sentence of the paper pasted whole, over the search's limits (priority 5's sentence 3, 49 words: 30 words and
/// phrases where 24 are searched), was answered by the refusal alone. The page and the API still refuse it (400:
/// nothing was searched), and name the sentence, what was changed, and the quote check; a long query that copies no
/// sentence keeps the refusal alone.
/// </summary>
[Collection(RealSite.Name)]
public class PastedSentenceOverLimitPageTests(PortalFactory factory)
{
    private const string Sentence = "Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in internal affairs, mainly through the means of facilitating peace talks, with fairness and practicality as the main attitude, and mainly following the approach of addressing both symptoms and root causes.";
    private static readonly string Altered = Sentence.Replace("internal affairs", "external affairs", StringComparison.Ordinal);
    private const string LongQuestion = "what does the paper say about the united nations and the role it should play in keeping the peace and what does each of the commentaries say about the initiative and its future and about china and the world and security and development and cooperation";

    [Fact]
    public async Task ThePageRefusesANearCopyAndNamesTheSentenceAndTheChange()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(Altered));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The query has 30 words and phrases; searches are limited to 24.", Html.Folded(page.QuerySelector("p.problem")!.TextContent));
        var note = page.QuerySelector("p.pasted-sentence") ?? throw new Xunit.Sdk.XunitException("no p.pasted-sentence");
        Assert.Equal("This looks like a quotation of Priority 5, sentence 3, with one word changed: “external” where the paper has “internal”. Check it as a quotation.",
            Html.Folded(note.TextContent));
        Assert.Equal(["/paper/priorities/5#s3", "/quote-check?text=" + Uri.EscapeDataString(Altered) + "#verdict"], note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // The sentence as the paper has it, to read and copy: not searched, but found.
        var source = page.QuerySelector("figure.pasted-source blockquote") ?? throw new Xunit.Sdk.XunitException("no source text");
        Assert.Equal(Sentence, Html.Folded(source.TextContent));
        Assert.Equal("/paper/priorities/5#s3", source.GetAttribute("cite"));
        Assert.Null(page.QuerySelector("p.count"));
    }

    [Fact]
    public async Task ThePageNamesTheSentenceWordForWord()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(Sentence));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var note = page.QuerySelector("p.pasted-sentence") ?? throw new Xunit.Sdk.XunitException("no p.pasted-sentence");
        Assert.Equal("This is Priority 5, sentence 3, word for word. Check it as a quotation.", Html.Folded(note.TextContent));
    }

    [Fact]
    public async Task ALongQueryThatCopiesNoSentenceKeepsTheRefusalAlone()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(LongQuestion));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The query has ", Html.Folded(page.QuerySelector("p.problem")!.TextContent), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("p.pasted-sentence"));
        Assert.Null(page.QuerySelector("figure.pasted-source"));
    }

    [Fact]
    public async Task TheApiRefusesAlikeAndNamesTheSentence()
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), "/api/search?q=" + Uri.EscapeDataString(Altered));
        Assert.Equal("The query has 30 words and phrases; searches are limited to 24. It looks like a quotation of Priority 5, sentence 3 (/paper/priorities/5#s3), with one word changed: “external” where the paper has “internal”.",
            problem.Detail());
        var pasted = problem.GetProperty("pastedSentence");
        Assert.Equal("/paper/priorities/5#s3", pasted.GetProperty("url").GetString());
        Assert.Equal("Priority 5, sentence 3", pasted.GetProperty("title").GetString());
        Assert.False(pasted.GetProperty("wordForWord").GetBoolean());
        Assert.Equal(["“external” where the paper has “internal”"], pasted.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(Sentence, pasted.GetProperty("text").GetString());
        Assert.Equal("/quote-check?text=" + Uri.EscapeDataString(Altered) + "#verdict", pasted.GetProperty("quoteCheckUrl").GetString());
    }

    [Fact]
    public async Task TheApiRefusesALongQueryThatCopiesNoSentenceAsBefore()
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), "/api/search?q=" + Uri.EscapeDataString(LongQuestion));
        Assert.Matches("^The query has [0-9]+ words and phrases; searches are limited to 24\\.$", problem.Detail());
        Assert.False(problem.TryGetProperty("pastedSentence", out JsonElement _));
    }
}
