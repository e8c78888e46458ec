namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// What the search page says, as a fresh-eyes reviewer read it (review 23, D8 and D12): a right word said corrected, a
/// word quoted twice over, one form named twice, the words as typed named where the corrected ones were searched, and a
/// count that read as its own contradiction. Parsed, on the real content.
/// </summary>
[Collection(RealSite.Name)]
public class SearchMessagesReview23Tests(PortalFactory factory)
{
    private async Task<AngleSharp.Dom.IDocument> Page(string query) =>
        (await Html.Get(factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}")).Document;

    [Fact]
    public async Task ARightWordIsNotSaidCorrectedNorAWordQuotedTwice()
    {
        // "meant" is English (WordNet's form of "mean"); "means", the texts' word, is another form of it, not its spelling.
        var page = await Page("is the gsi meant to replace the american-led world order");
        Assert.DoesNotContain("means", Html.Folded(page.QuerySelector("[role=status]")!.TextContent), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".corrected-words"));
        Assert.Null(page.QuerySelector(".as-typed"));
        // A hyphenated word is searched as a phrase, and its quotation marks were printed inside the page's own.
        var text = Html.Folded(page.QuerySelector("#results")!.TextContent);
        Assert.DoesNotContain("“\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormSearchedForTwoWordsIsNamedOnce()
    {
        var page = await Page("water disputes between countries sharing a river");
        var also = Html.Folded(page.QuerySelector(".also-searched")!.TextContent);
        Assert.Equal("No passage says “water disputes”; searched instead: trans-boundary rivers.", also);
    }

    [Fact]
    public async Task TheWordsApartNoteNamesTheWordsSearched()
    {
        var page = await Page("climat change and securty");
        var apart = Html.Folded(page.QuerySelector(".words-apart")!.TextContent);
        Assert.Contains("“climate change and security”", apart, StringComparison.Ordinal);
        Assert.DoesNotContain("climat ", apart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionsCountSaysWhatItShowsBeforeWhatItDidNotFind()
    {
        var page = await Page("artifical inteligence rules");
        var count = Html.Folded(page.QuerySelector("[role=status]")!.TextContent);
        Assert.DoesNotContain("No results", count, StringComparison.Ordinal);
        Assert.Matches(@"^Showing \d+ results?( by (its|their) words)? for “artificial intelligence rules”, the spelling corrected: “artifical inteligence rules” as typed finds nothing", count);
    }
}
