namespace GsiPortal.BrowserTests;

/// <summary>The quote check in a real browser: the form submitted by a reader, the verdict a journalist would print.</summary>
public class QuoteCheckTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task AQuotationOnlyInACommentarySaysSoInItsHeadlineAndShowsThePapersClosestPassage()
    {
        var page = await Open("/quote-check");
        await page.FillAsync("#quote-text", "Any country should consider the legitimate security demands and concerns of other countries while pursuing its own security interests.");
        await page.ClickAsync("form.quote-form button[type=submit]");
        await page.WaitForSelectorAsync("#verdict");
        var headline = await page.InnerTextAsync("#verdict");
        Assert.StartsWith("Not in the Concept Paper: word for word only in Ovais Ali Khokhar", headline);
        Assert.Equal("exact", await page.GetAttributeAsync("#results", "data-verdict"));
        Assert.True(await page.IsVisibleAsync("#paper-closest"), "the paper's closest passage should be shown");
        Assert.StartsWith("/paper/commitments/4#s", await page.GetAttributeAsync("#paper-closest a.source-link", "href"));
        await Screenshot(page, "quote-check-commentary-only");
    }
}
