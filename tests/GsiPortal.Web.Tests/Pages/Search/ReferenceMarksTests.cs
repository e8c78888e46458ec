namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A reference names a place, not words to find: "commitment 4" marked "committed" in commitment 4's result and on
/// its page (a fresh-eyes review). The place named is marked only by the words typed after the reference; the other
/// results, found by the words, are marked by them, in the snippet and on the page alike (docs/search.md, References).
/// </summary>
[Collection(RealSite.Name)]
public class ReferenceMarksTests(PortalFactory factory)
{
    private static List<string> Marks(AngleSharp.Dom.IElement? within) =>
        within is null ? [] : [.. within.QuerySelectorAll("mark:not(.shared)").Select(m => m.TextContent)];

    [Fact]
    public async Task TheReferencesOwnResultMarksNothingOfTheReference()
    {
        var (_, search) = await Html.Get(factory.CreateClient(), "/search?q=commitment%204");
        var first = search.QuerySelector("li.result")!;
        Assert.StartsWith("/paper/commitments/4", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("committed", first.QuerySelector(".snippet")!.TextContent);
        Assert.Empty(Marks(first.QuerySelector(".snippet")));
        // Lei Kezhong ¶4, found by the words ("4) stay committed to taking …"), is marked by them.
        var lei = search.QuerySelectorAll("li.result").Single(r => r.QuerySelector("h2 a")!.GetAttribute("href")!.StartsWith("/commentaries/lei-kezhong"));
        Assert.Contains("committed", Marks(lei.QuerySelector(".snippet")));
    }

    [Fact]
    public async Task ThePlaceAReferenceNamesIsNotMarkedForItsWords()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=commitment%204");
        Assert.Contains("Stay committed", page.QuerySelector("article")!.TextContent);
        Assert.Empty(Marks(page.QuerySelector("article")));
        // The same word typed as a word is marked by its stem, as the search finds it.
        var (_, word) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=committed");
        Assert.Equal(["committed"], Marks(word.QuerySelector("article")));
    }

    [Fact]
    public async Task TheWordsAfterAReferenceAreMarkedOnItsPlace()
    {
        var client = factory.CreateClient();
        var (_, search) = await Html.Get(client, "/search?q=commitment%204%20indivisible");
        var first = search.QuerySelector("li.result")!;
        var snippet = Marks(first.QuerySelector(".snippet"));
        Assert.NotEmpty(snippet);
        Assert.All(snippet, m => Assert.StartsWith("indivisib", m, StringComparison.OrdinalIgnoreCase));
        var (_, page) = await Html.Get(client, first.QuerySelector("h2 a")!.GetAttribute("href")!);
        var marks = Marks(page.QuerySelector("article"));
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("indivisib", m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ElsewhereTheWordsOfAReferenceQueryMarkAsTheirResultsDid()
    {
        // Lei Kezhong's page for the same words marks ¶4's "committed" and "4" as its result did.
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong?highlight=commitment%204");
        var p4 = Marks(page.GetElementById("p4"));
        Assert.Contains("committed", p4);
        Assert.Contains("4", p4);
    }
}
