using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// A reading page settles: everything its scripts ask for exists and arrives whole, so a tool that waits for the
/// network to go quiet (archivers, link previews, Playwright's "networkidle") is not kept waiting. The Background page
/// asked for /paper/background/passages, which is not an address, and left the 404 unread: Chromium holds an unread
/// "no-store" answer open, and the page never reached network idle (a fresh-eyes review; 30 s and a timeout).
/// </summary>
public class NetworkIdleTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData("/paper/background")]
    [InlineData("/paper/commitments/4")]
    [InlineData("/paper/commitments")]
    public async Task ThePageReachesNetworkIdleWithNoRequestRefusedOrFailed(string address)
    {
        var page = await NewPage();
        var wrong = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) wrong.Add($"{response.Status} {response.Url}"); };
        page.RequestFailed += (_, request) => wrong.Add($"failed {request.Url}: {request.Failure}");
        // Quiet within a minute on a loaded machine; before the fix it never was.
        await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        Assert.Empty(wrong);
    }

    [SkippableFact]
    public async Task AnItemPageStillSetsItsCommentatorsWordsBesideTheText()
    {
        // The item's own passages page is still asked for (data-passages), and its section is set beside the text.
        var page = await NewPage();
        await page.GotoAsync("/paper/commitments/4", new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        Assert.Equal(1, await page.Locator(".commentary-passages").CountAsync());
    }

    [SkippableFact]
    public async Task TheBackgroundPagesSentencePanelOpensWithItsQuotation()
    {
        var page = await NewPage();
        await page.GotoAsync("/paper/background", new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        await page.Locator("main .para > span").Nth(2).ClickAsync();
        var panel = page.Locator(".passage-panel");
        await Assertions.Expect(panel.Locator("h2")).ToContainTextAsync("Part I: Background");
        await Assertions.Expect(panel.Locator(".quote")).ToContainTextAsync("“");
        await Screenshot(page, "background-sentence-panel");
    }
}
