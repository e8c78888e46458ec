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

    [SkippableFact]
    public async Task OnAPhoneTheVerdictIsOnTheFirstScreen()
    {
        // A reader's review: the explanation and the form above it put the verdict below the fold on a phone.
        var page = await Open("/quote-check?text=Humanity+is+an+indivisible+peace+community.", Viewport.Phone);
        var verdict = (await page.Locator("#verdict").BoundingBoxAsync())!;
        var height = await page.EvaluateAsync<int>("() => window.innerHeight");
        Assert.True(verdict.Y + verdict.Height <= height / 2, $"the verdict ends at {verdict.Y + verdict.Height} px of {height}");
        Assert.True(await page.Locator("form.quote-form").IsVisibleAsync());
    }
}
