namespace GsiPortal.BrowserTests;

/// <summary>
/// An edition this copy does not hold is refused with a link to the current text; the sentence the reader's link named
/// (#s3) goes with it. The server never sees a fragment, so the page's script completes the link: without it the reader
/// lost the sentence as well as the edition (review 18, D1).
/// </summary>
public class EditionRefusalTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData("/editions/0123456789ab/paper/commitments/4#s3", "/paper/commitments/4#s3")]
    [InlineData("/editions/2000-01-01/commentaries/ovais-ali-khokhar#p4-p6", "/commentaries/ovais-ali-khokhar#p4-p6")]
    public async Task TheLinkToTheCurrentTextKeepsTheFragment(string address, string current)
    {
        var page = await Open(address);
        var link = page.Locator("#edition-refusal a#edition-current, main a[data-keeps-fragment]").First;
        await Microsoft.Playwright.Assertions.Expect(link).ToHaveAttributeAsync("href", current, new() { Timeout = 60_000 });
        await Microsoft.Playwright.Assertions.Expect(link).ToHaveTextAsync(current);
        // Nor is the fragment said to name nothing here: it was for the refused page, which the link now keeps it for.
        await Loaded(page);
        Assert.Equal(0, await page.Locator("#missing-pinpoint").CountAsync());
        await link.ClickAsync();
        await page.WaitForURLAsync("**" + current);
        Assert.EndsWith(current, page.Url);
        await Screenshot(page, "edition-refusal-followed");
    }
}
