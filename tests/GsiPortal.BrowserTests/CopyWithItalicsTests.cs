using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// A citation pasted into a word processor keeps its italic title and nothing of the page's look (review 19, D6): the
/// Copy buttons wrote text/plain only, so the paper's title lost its italics, and a hand copy of the Cite box carried
/// the page's colours and fonts into the html a word processor keeps (pale text on a black band, from the dark scheme).
/// </summary>
public class CopyWithItalicsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 60_000 };
    private const string Title = "<i>The Global Security Initiative Concept Paper</i>";

    private async Task<IPage> Writer(string address, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await NewPage(Viewport.Desktop, scheme);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Fixture.BaseUrl });
        await page.GotoAsync(address);
        return page;
    }

    /// <summary>The clipboard's html flavour, or "" when it holds plain text only.</summary>
    private static Task<string> ClipboardHtml(IPage page) => page.EvaluateAsync<string>("""
        async () => {
          for (const item of await navigator.clipboard.read())
            if (item.types.includes('text/html')) return await (await item.getType('text/html')).text();
          return '';
        }
        """);

    [SkippableTheory]
    [InlineData("citation-first", "Citation copied")]
    [InlineData("citation-second", "Bibliography entry copied")]
    public async Task TheCiteSectionsButtonsCopyTheTitleInItalicsBesideThePlainText(string line, string copied)
    {
        var page = await Writer("/paper/commitments/4");
        var button = page.Locator($".citation-controls button[data-copy={line}]");
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveTextAsync(copied, new() { Timeout = 60_000 });
        Assert.Contains(Title, await ClipboardHtml(page));
        Assert.Contains("The Global Security Initiative Concept Paper", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task CopyQuotationCopiesTheTitleInItalics()
    {
        var page = await Writer("/paper/commitments/4");
        await page.Locator("#s3").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .quote")).ToContainTextAsync("Security of one country", Patient);
        await page.Locator(".passage-panel button[data-act=quote]").ClickAsync();
        await Assertions.Expect(page.Locator(".passage-panel .status")).ToContainTextAsync("Quotation copied", Patient);
        var html = await ClipboardHtml(page);
        Assert.StartsWith("“Security of one country should not come at the expense of that of others.” Ministry of Foreign Affairs", html);
        Assert.Contains(Title, html);
        Assert.DoesNotContain("Bibliography", html);
    }

    [SkippableFact]
    public async Task AHandCopyOfTheCitationCarriesNoColoursNorFonts()
    {
        var page = await Writer("/paper/commitments/4", ColorScheme.Dark);
        await Assertions.Expect(page.Locator("#citation-first")).ToContainTextAsync("Concept Paper", Patient);
        await page.EvaluateAsync("() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('citation')); const s = getSelection(); s.removeAllRanges(); s.addRange(r); }");
        await page.Keyboard.PressAsync("Control+C");
        var html = await ClipboardHtml(page);
        Assert.Contains(Title, html);
        Assert.DoesNotContain("color", html);
        Assert.DoesNotContain("font-family", html);
        Assert.DoesNotContain("background", html);
    }
}
