namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// The site's edition hands its index the cross-references, so "what does Khokhar say about commitment 4" lists his
/// paragraphs on the commitment, says why, and leads to each without marking the question's words in it.
/// </summary>
[Collection(RealSite.Name)]
public class CommentaryOnItemPageTests(PortalFactory factory)
{
    [Fact]
    public async Task AQuestionAboutOneCommentaryOnOneItemListsItsParagraphsOnItAndSaysWhy()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=what+does+Khokhar+say+about+commitment+4");
        var links = page.QuerySelectorAll("ol.results li.result h2 a, ol.results li.result h3 a").Select(a => a.GetAttribute("href")).ToList();
        // His paragraph the commitment's panel calls "discussed at length" first, unmarked: the question's words did not find it.
        Assert.Equal("/commentaries/ovais-ali-khokhar#p7", links[0]);
        Assert.Contains("/paper/commitments/4", links);
        Assert.DoesNotContain(links, l => l!.Contains("highlight", StringComparison.Ordinal));
        Assert.Contains("¶7, discussed at length", page.QuerySelector(".query-note")!.TextContent);
        Assert.Equal("/paper/commitments/4", page.QuerySelector("p.reference a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheApiAnswersTheSame()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=Lei+Kezhong+on+priority+5"));
        var results = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.StartsWith("lei-kezhong/", results[0]);
        Assert.Equal("Lei Kezhong on Priority 5", json.RootElement.GetProperty("reference").GetString());
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("cross-references", StringComparison.Ordinal));
    }
}
