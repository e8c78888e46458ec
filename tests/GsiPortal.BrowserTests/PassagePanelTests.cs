using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The passage panel covers nothing a reader is using — the Cite section beside the text on a desktop, the page's end
/// under a phone's sheet — and copies the quotation with its citation in the style the reader chose, saying which.
/// </summary>
public class PassagePanelTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 60_000 };

    private static Task<double> Overlap(IPage page, string a, string b) => page.EvaluateAsync<double>($$"""
        () => { const p = document.querySelector('{{a}}').getBoundingClientRect(), q = document.querySelector('{{b}}').getBoundingClientRect();
                return Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)) * Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top)); }
        """);

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnADesktopThePanelCoversNeitherTheCiteSectionNorTheParagraph(ColorScheme scheme)
    {
        var page = await Open("/paper/commitments/4", Viewport.Desktop, scheme);
        await page.Locator("#s3").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Security of one country", Patient);
        // A reader's review: the panel stood over the citation they had come to copy.
        Assert.Equal(0, await Overlap(page, ".passage-panel", "#cite"));
        Assert.Equal(0, await Overlap(page, ".passage-panel", "#commitment-4-p1"));
        await Assertions.Expect(page.Locator(".passage-panel")).ToBeInViewportAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#s3")).ToBeInViewportAsync(new() { Timeout = 60_000 });
        await Screenshot(page, $"panel-desktop-{scheme}".ToLowerInvariant());
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnAPhoneTheSheetLeavesTheSentenceAndThePagesEndReachable(ColorScheme scheme)
    {
        var page = await Open("/paper/commitments/4", Viewport.Phone, scheme);
        await page.Locator("#s6").TapAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Any country", Patient);
        var tapped = await page.EvaluateAsync<double[]>(
            "() => [document.getElementById('s6').getBoundingClientRect().bottom, document.querySelector('.passage-panel').getBoundingClientRect().top]");
        var (sentenceBottom, panelTop) = (tapped[0], tapped[1]);
        Assert.True(sentenceBottom <= panelTop, $"the sheet covers the sentence tapped: {sentenceBottom} > {panelTop}");
        // Scrolled to its end, the page shows its last line above the sheet, the Cite section and the footer included.
        await page.EvaluateAsync("() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })");
        var end = await page.EvaluateAsync<double[]>(
            "() => [document.querySelector('.site-footer').getBoundingClientRect().bottom, document.querySelector('.passage-panel').getBoundingClientRect().top]");
        var (footerBottom, sheetTop) = (end[0], end[1]);
        Assert.True(footerBottom <= sheetTop + 1, $"the sheet hides the page's end: {footerBottom} > {sheetTop}");
        await Screenshot(page, $"panel-phone-{scheme}".ToLowerInvariant());
    }

    /// <summary>
    /// Beside "Copy link" (the address that follows the text as it is corrected), "Copy link to this edition": the
    /// edition's address, which keeps these very words, as the citation's does (legislation.gov.uk's "this version" beside
    /// "latest"; a fresh-eyes review found only the citation carried it). Within an edition the two are one: one button.
    /// </summary>
    [SkippableFact]
    public async Task CopyLinkToThisEditionCopiesTheEditionsAddressOfTheSentence()
    {
        var page = await NewPage();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Fixture.BaseUrl });
        await page.GotoAsync("/paper/commitments/4");
        await page.Locator("#s3").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Security of one country", Patient);
        await page.Locator(".passage-panel button[data-act=link]").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .status")).ToContainTextAsync("Link copied", Patient);
        Assert.Equal(Fixture.BaseUrl + "/paper/commitments/4#s3", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Locator(".passage-panel button[data-act=edition]").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .status")).ToContainTextAsync("Link to this edition copied", Patient);
        var pinned = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(Fixture.BaseUrl)}/editions/[0-9a-f]+/paper/commitments/4#s3$", pinned);
        // The edition the page's citation gives.
        Assert.Contains(pinned[..pinned.IndexOf('#')], await page.Locator("#citation").InnerTextAsync());
        await Screenshot(page, "panel-edition-link");

        // Within that edition the page's own link is the edition's: the second button is not offered.
        await page.GotoAsync(pinned[Fixture.BaseUrl.Length..pinned.IndexOf('#')]);
        await page.Locator("#s3").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Security of one country", Patient);
        await Assertions.Expect(page.Locator(".passage-panel button[data-act=edition]")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task CopyQuotationFollowsTheStyleChosenInTheCiteSectionAndSaysWhich()
    {
        var page = await NewPage();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Fixture.BaseUrl });
        await page.GotoAsync("/paper/commitments/4");
        await page.Locator("#s3").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Security of one country", Patient);
        // Chosen after the panel opened: a reader's review found the quotation copied in Chicago whatever was chosen.
        await page.SelectOptionAsync("#cite-style", "apa");
        await Assertions.Expect(page.Locator(".passage-panel .hint")).ToContainTextAsync("APA 7", Patient);
        await page.Locator(".passage-panel button[data-act=quote]").ClickAsync();
        // In APA a quotation is followed by its in-text citation (the reference entry is the Cite section's to copy).
        await Assertions.Expect(page.Locator(".passage-panel .status")).ToContainTextAsync("Quotation copied with its in-text citation in APA 7", Patient);
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal("“Security of one country should not come at the expense of that of others.” (Ministry of Foreign Affairs of the People’s Republic of China, 2023, Part II, commitment 4, sentence 3)", copied);
    }
}
