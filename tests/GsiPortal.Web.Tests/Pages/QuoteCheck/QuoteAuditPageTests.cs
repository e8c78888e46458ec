using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.QuoteCheck;

/// <summary>The quote audit, page and API, on hand-made articles (tests/fixtures/articles).</summary>
[Collection(RealSite.Name)]
public class QuoteAuditPageTests(PortalFactory factory)
{
    private static string Article(string name) => File.ReadAllText(Repository.Path($"tests/fixtures/articles/{name}"));

    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> PostForm(string article)
    {
        var response = await factory.CreateClient().PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", article)]));
        return (response, await Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AQuotationWordForWordOnlyInACommentaryIsFlaggedWithThePapersClosestPassage()
    {
        // An article that gives Chen Xiangyang's shortened version of commitment 4's seventh sentence as the paper's.
        var article = "The paper says China will “uphold the principle of indivisible security, advocating the indivisibility between individual security and common security, between security rights and security obligations”.";
        var (_, page) = await PostForm(article);
        var row = Assert.Single(page.QuerySelectorAll("tr.audit-row"));
        Assert.StartsWith("exact", row.GetAttribute("data-verdict"));
        var warning = row.QuerySelector(".paper-warning")!;
        Assert.Contains("does not say it word for word", warning.TextContent);
        Assert.Equal("/paper/commitments/4#s7", warning.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("non-traditional", warning.QuerySelectorAll("ins").Select(i => i.TextContent));
    }

    /// <summary>
    /// Review 21, D5: Dong Chunling quoted word for word and named was red with the paper's closest passage struck
    /// through, and three plain-text paragraphs set apart by single breaks were all "¶1 of the article".
    /// </summary>
    [Fact]
    public async Task ACommentatorQuotedAndNamedReadsAsFoundAndEachLineIsAParagraph()
    {
        var article = "The paper says that “Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.”\n"
            + "Dong Chunling wrote that the GSI “represents a Chinese solution to jointly address increasingly complex and serious common global challenges”.\n"
            + "A spokesman added that “the initiative will bring lasting peace to every corner of the planet within a decade”.";
        var (_, page) = await PostForm(article);
        var rows = page.QuerySelectorAll("tr.audit-row");
        Assert.Equal(["¶1 of the article", "¶2 of the article", "¶3 of the article"], rows.Select(r => r.QuerySelector(".quoted .n")!.TextContent));
        var dong = rows[1];
        Assert.Equal("exact-cut-mid-sentence", dong.GetAttribute("data-verdict"));
        Assert.DoesNotContain("verdict-warning", dong.QuerySelector(".verdict strong")!.ClassList);
        Assert.Null(dong.QuerySelector(".paper-warning"));
        Assert.StartsWith("Found word for word in Dong Chunling's commentary, which the article names", dong.QuerySelector(".headline")!.TextContent);
        Assert.Contains("verdict-warning", rows[2].QuerySelector(".verdict strong")!.ClassList);
    }

    [Fact]
    public async Task TheAuditTableGivesEachQuotationItsVerdictAndALinkThatAnswers()
    {
        var client = factory.CreateClient();
        var (response, page) = await PostForm(Article("wire-report.md"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.audit-table tbody tr.audit-row");
        // Every quotation of eight words or more has its row, the spokesperson's too, said in red to be in no text.
        Assert.Equal(9, rows.Length);
        // Rows are numbered as listed, without the gaps that quotations too short to check would leave.
        Assert.Equal(Enumerable.Range(1, 9).Select(n => n.ToString()), rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        var unrelated = rows.Single(r => r.QuerySelector(".quoted")!.TextContent.Contains("monitor the situation"));
        Assert.Equal("not-in-texts", unrelated.GetAttribute("data-verdict"));
        Assert.Contains("verdict-warning", unrelated.QuerySelector(".verdict strong")!.ClassList);
        Assert.Contains("resemble none of the texts", unrelated.QuerySelector(".headline")!.TextContent);
        Assert.Equal(["exact", "exact-cut-mid-sentence", "altered", "altered", "altered", "altered", "exact-cut-mid-sentence", "not-in-texts"],
            rows.Where(r => r != unrelated).Select(r => r.GetAttribute("data-verdict")));
        var omission = rows.Single(r => r.QuerySelector(".quoted")!.TextContent.Contains("Security of one country"));
        Assert.Equal(["that", "of"], omission.QuerySelectorAll(".diff ins").Select(e => e.TextContent));
        var modal = rows.Single(r => r.QuerySelector(".quoted")!.TextContent.Contains("Major countries"));
        Assert.Equal("modal", modal.QuerySelector(".meaning-change")!.GetAttribute("data-kind"));
        Assert.Equal("Major countries must uphold justice, fulfill their due responsibilities, support consultation on an equal footing",
            modal.QuerySelector("blockquote.source-text")!.TextContent);
        foreach (var link in rows.Select(r => r.QuerySelector("a.source-link")).OfType<AngleSharp.Dom.IElement>())
        {
            var href = link.GetAttribute("href")!;
            var (target, targetPage) = await Html.Get(client, href.Split('#')[0]);
            Assert.Equal(HttpStatusCode.OK, target.StatusCode);
            if (href.Contains('#')) Assert.NotNull(targetPage.GetElementById(href.Split('#')[1]));
        }
        var check = rows[0].QuerySelector("a.check-link")!.GetAttribute("href")!;
        var (checkResponse, checkPage) = await Html.Get(client, check);
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Equal("exact", checkPage.QuerySelector("#results")!.GetAttribute("data-verdict"));
        Assert.Contains("1 resembles none of them", page.QuerySelector(".unrelated")!.TextContent);
    }

    [Fact]
    public async Task AnArticleQuotingNothingSaysSo()
    {
        var (response, page) = await PostForm(Article("no-quotations.md"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No quotation", page.QuerySelector("#audit-summary")!.TextContent);
        Assert.Null(page.QuerySelector("table.audit-table"));
    }

    [Fact]
    public async Task TheFormIsOfferedAndRefusalsSayWhy()
    {
        var (get, form) = await Html.Get(factory.CreateClient(), "/quote-check/audit");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("post", form.QuerySelector("form.quote-form")!.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("textarea[name=article]"));

        var (empty, emptyPage) = await PostForm(" ");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector(".problem"));

        // Over 100 KB of text but under the request limit: the page says why.
        var (large, largePage) = await PostForm(new string('a', 101 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("100 KB", largePage.QuerySelector(".problem")!.TextContent);

        // Larger than the audit's request limit: refused before it is read.
        var huge = await factory.CreateClient().PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", new string('a', 450 * 1024))]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task TheJsonApiAuditsAlikeAndRefusesTooLargeWith413()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> Post(string article) =>
            await client.PostAsync("/api/quote-audit", new StringContent(JsonSerializer.Serialize(new { article }), Encoding.UTF8, "application/json"));

        var answer = JsonDocument.Parse(await (await Post(Article("opinion-page.html"))).Content.ReadAsStringAsync()).RootElement;
        var quotations = answer.GetProperty("quotations").EnumerateArray().ToList();
        Assert.Equal(6, quotations.Count);
        var negation = quotations.Single(q => q.GetProperty("text").GetString()!.StartsWith("Humanity is an indivisible"));
        Assert.Equal("block", negation.GetProperty("form").GetString());
        Assert.Equal("altered", negation.GetProperty("verdict").GetString());
        Assert.Equal("negation", negation.GetProperty("match").GetProperty("meaningChanges")[0].GetProperty("kind").GetString());
        Assert.StartsWith("/quote-check?text=", negation.GetProperty("check").GetString());

        var nothing = JsonDocument.Parse(await (await Post(Article("no-quotations.md"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(nothing.GetProperty("quotations").EnumerateArray());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Post(new string('a', 101 * 1024))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Post(new string('a', 450 * 1024))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/quote-audit", new StringContent("not json", Encoding.UTF8, "application/json"))).StatusCode);
    }
}
