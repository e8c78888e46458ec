using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A result found (or ranked) by a term of the editors' subject index (content/subject-index.yml) says so in the
/// editors' voice, "Indexed under: blue helmets", on the page and in the API's <c>indexedUnder</c>; the term is never
/// shown as the text's words nor marked in the snippet. On the real content and its real subject index.
/// </summary>
[Collection(RealSite.Name)]
public class IndexedUnderTests(PortalFactory factory)
{
    [Fact]
    public async Task AResultFoundOnlyByATermSaysItIsIndexedUnderItInTheEditorsStyle()
    {
        // No text says "blue helmets"; the editors index priority 1 (the UN and peacekeeping) under it.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=blue+helmets");
        var result = page.QuerySelectorAll("li.result").Single(r => r.QuerySelector("h2 a")?.GetAttribute("href")?.StartsWith("/paper/priorities/1") == true);
        var note = result.QuerySelector(".indexed-under")!;
        Assert.Contains("editors", note.ClassList);
        Assert.Equal("Indexed under: blue helmets", Html.Folded(note.TextContent));
        Assert.Equal(["blue helmets"], note.QuerySelectorAll(".subject-term").Select(t => t.TextContent));
        // The snippet is the text's: the term is neither written nor marked there.
        var snippet = result.QuerySelector(".snippet")!;
        Assert.Empty(snippet.QuerySelectorAll("mark"));
        Assert.DoesNotContain("helmet", snippet.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A commentary's group whose results are all indexed under the same terms says so once, under its byline: "Indexed
    /// under: indivisible security" stood under Lei ¶5 and again under Lei ¶4 (review 20). A group whose results differ
    /// keeps each result's own note.
    /// </summary>
    [Fact]
    public async Task AGroupWhoseResultsShareTheirTermsSaysThemOnce()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=indivisible+security");
        var lei = page.QuerySelector("li.result-group[data-document=lei-kezhong]")!;
        Assert.True(lei.QuerySelectorAll("li.result").Length >= 2);
        var once = Assert.Single(lei.Children, c => c.ClassList.Contains("indexed-under"));
        Assert.Equal("Each indexed under: indivisible security", Html.Folded(once.TextContent));
        Assert.Equal("/subjects#indivisible-security", once.QuerySelector("a.subject-term")!.GetAttribute("href"));
        Assert.Empty(lei.QuerySelectorAll("li.result .indexed-under"));
        // Khokhar's ¶14 is not indexed under it: his ¶7 says it of itself.
        var khokhar = page.QuerySelector("li.result-group[data-document=ovais-ali-khokhar]")!;
        Assert.DoesNotContain(khokhar.Children, c => c.ClassList.Contains("indexed-under"));
        Assert.Single(khokhar.QuerySelectorAll("li.result .indexed-under"));
    }

    [Fact]
    public async Task ThePagesNoteOnTheWordsSaysTheResultsWereFoundThroughTheIndexNotInAHeading()
    {
        // Neither result holds "blue" or "helmets" in its text or its headings: the note said they held them "only in a
        // heading or in its commentary's title or byline", which was untrue of both.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=blue+helmets");
        var results = page.QuerySelectorAll("li.result").ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.NotNull(r.QuerySelector(".indexed-under")));
        var note = Html.Folded(page.QuerySelector(".words-apart")!.TextContent);
        Assert.DoesNotContain("heading", note, StringComparison.Ordinal);
        Assert.Contains("the editors' subject index lists under “blue helmets”", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiGivesTheTermsEachResultIsIndexedUnder()
    {
        var answer = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=blue%20helmets")).RootElement;
        var priority1 = answer.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "paper/priority-1");
        Assert.Equal(["blue helmets"], priority1.GetProperty("indexedUnder").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain("helmet", priority1.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.All(priority1.GetProperty("snippetParts").EnumerateArray(), p => Assert.False(p.GetProperty("marked").GetBoolean()));
    }

    [Fact]
    public async Task AResultFoundByItsOwnWordsAloneSaysNothingOfTheIndex()
    {
        // "Tianjin" is the text's own word, and no term of the index names it.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Tianjin");
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
        Assert.Empty(page.QuerySelectorAll(".indexed-under"));
        var answer = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=Tianjin")).RootElement;
        Assert.All(answer.GetProperty("results").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("indexedUnder").GetArrayLength()));
    }
}
