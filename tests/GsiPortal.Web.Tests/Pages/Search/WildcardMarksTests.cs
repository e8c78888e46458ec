namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A trailing wildcard marks, on the page a result leads to, what it marked in the result: the words its letters
/// begin as written. <c>/search?q=communit*</c> linked to <c>/paper/platforms/3?highlight=communit%2A#s1</c>, which
/// marked nothing — the highlight read the letters as a stem no text holds (a fresh-eyes review).
/// </summary>
[Collection(RealSite.Name)]
public class WildcardMarksTests(PortalFactory factory)
{
    /// <summary>The marked words of a page's texts (the article's marks, not the shared wording's).</summary>
    private static List<string> Marks(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("main mark:not(.shared)").Select(m => m.TextContent)];

    [Fact]
    public async Task ThePageAWildcardsResultLeadsToMarksTheWordsItsLettersBegin()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/platforms/3?highlight=communit%2A");
        Assert.Equal(["community"], Marks(page));
        // Its stem-mate stands on the page unmarked (so the test can tell the letters' rule from the stem's).
        Assert.Contains("communication", page.QuerySelector("article")!.TextContent);
    }

    [Fact]
    public async Task EveryPageTheFirstResultsLeadToMarksWhatTheirSnippetsMarked()
    {
        var client = factory.CreateClient();
        var (_, search) = await Html.Get(client, "/search?q=communit*");
        var results = search.QuerySelectorAll("li.result").ToList();
        var checkedPages = 0;
        foreach (var result in results)
        {
            var link = result.QuerySelector(":is(h2, h3) > a")!.GetAttribute("href")!;
            Assert.Contains("highlight=communit%2A", link);
            var snippetMarks = result.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToList();
            // A result found by its title or heading alone (Chen's "… Human Security Community") marks no word of its text.
            if (snippetMarks.Count == 0) continue;
            checkedPages++;
            var (_, page) = await Html.Get(client, link);
            var marks = Marks(page);
            // Each word the snippet marked is marked on the page, and nothing else but words the letters begin.
            Assert.Subset(marks.ToHashSet(StringComparer.OrdinalIgnoreCase), snippetMarks.ToHashSet(StringComparer.OrdinalIgnoreCase));
            Assert.All(marks, m => Assert.StartsWith("communit", m, StringComparison.OrdinalIgnoreCase));
        }
        Assert.True(checkedPages >= 5, $"{checkedPages} pages");
    }

    [Fact]
    public async Task AWildcardBesideAWordMarksBoth()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/platforms/3?highlight=communit%2A%20dialogue");
        var marks = Marks(page);
        Assert.Contains("community", marks);
        Assert.Contains(marks, m => m.StartsWith("dialogue", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(marks, m => m.StartsWith("communicat", StringComparison.OrdinalIgnoreCase));
    }
}
