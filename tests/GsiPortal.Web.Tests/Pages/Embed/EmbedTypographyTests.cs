using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Embed;

/// <summary>
/// The embeds printed a straight apostrophe in the names and titles they set ("“China's Vision…”") where the citations
/// of the same text print a curly one ("“China’s Vision…”"): they now agree. The quoted words keep the marks their
/// source printed, straight or curly, as every quotation does.
/// </summary>
[Collection(RealSite.Name)]
public class EmbedTypographyTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/embed/commentaries/ovais-ali-khokhar/p1", "/cite/commentaries/ovais-ali-khokhar?format=mla")]
    [InlineData("/embed/commentaries/chen-xiangyang/p1", "/cite/commentaries/chen-xiangyang?format=mla")]
    [InlineData("/embed/commentaries/chen-xiangyang/p1?lines=2", "/cite/commentaries/chen-xiangyang?format=mla")]
    public async Task TheEmbedsAttributionWritesTheTitleAsTheCitationDoes(string embed, string cite)
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, embed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var footer = page.QuerySelector("blockquote footer")!.TextContent;
        var citation = await client.GetStringAsync(cite);
        // The title as the citation prints it, between its quotation marks.
        var title = citation[(citation.IndexOf('“') + 1)..citation.IndexOf('”')].TrimEnd('.');
        Assert.Contains('’', title);
        Assert.Contains(title, footer);
        Assert.DoesNotContain('\'', footer);
    }

    [Theory]
    [InlineData("/embed/commentaries/ovais-ali-khokhar")]
    [InlineData("/embed/commentaries/chen-xiangyang")]
    public async Task AWholeCommentarysEmbedHeadsItWithTheCurlyTitleAndKeepsItsWordsAsPrinted(string embed)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), embed);
        var heading = page.QuerySelector("h1.embed-title")!.TextContent;
        Assert.Contains("China’s", heading);
        Assert.DoesNotContain('\'', heading);
        // The source prints "China's" with a straight apostrophe in its text; a quotation keeps it.
        Assert.Contains("China's", string.Concat(page.QuerySelectorAll("blockquote .embed-text p").Select(p => p.TextContent)));
    }

    [Fact]
    public async Task OEmbedsFrameTitleIsCurlyToo()
    {
        var json = await factory.CreateClient().GetStringAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/commentaries/ovais-ali-khokhar"));
        var html = JsonDocument.Parse(json).RootElement.GetProperty("html").GetString()!;
        var title = (await Html.Parse(html)).QuerySelector("iframe")!.GetAttribute("title")!;
        Assert.Contains("China’s", title);
        Assert.DoesNotContain('\'', title);
    }
}
