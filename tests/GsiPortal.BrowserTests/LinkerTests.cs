using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The linker script on another site's page: a fixture page served by a server of its own on another loopback
/// port (another origin), so every request the script makes to this site is a real cross-origin one under CORS.
/// (A page faked by a route would count as a public site, which Chromium forbids to reach loopback at all.)
/// </summary>
public sealed class LinkerTests(BrowserFixture fixture) : BrowserTest(fixture), IDisposable
{
    private readonly OtherOriginSite otherSite = new();
    private string OtherSite => otherSite.Origin;

    // No charset, and none in the page: the script must still read as UTF-8 ("×", not "Ã—").
    private void ServeOtherSite(string html) => otherSite.Serve(html, "text/html");

    public void Dispose() => otherSite.Dispose();

    /// <summary>Every phrasing the issue lists and more, as another site writes them (entities: the page declares no encoding), and where each must link.</summary>
    public static readonly (string Html, string Text, string Address)[] Phrasings =
    [
        ("As II.4 has it", "II.4", "/paper/commitments/4"),
        ("In GSI 2.4 the paper", "GSI 2.4", "/paper/commitments/4"),
        ("the concept paper 2.4 says", "concept paper 2.4", "/paper/commitments/4"),
        ("Read commitment 4 closely", "commitment 4", "/paper/commitments/4"),
        ("Commitment four, sentence 2, is short", "Commitment four, sentence 2", "/paper/commitments/4#s2"),
        ("priorities 3&ndash;5 concern arms", "priorities 3–5", "/paper/priorities/3"),
        ("see &sect; III.12 on terrorism", "§ III.12", "/paper/priorities/12"),
        ("section III lists twenty", "section III", "/paper/priorities"),
        ("Part III lists them", "Part III", "/paper/priorities"),
        ("GSI Concept Paper II.4 calls", "GSI Concept Paper II.4", "/paper/commitments/4"),
        ("the concept paper's fourth commitment", "concept paper's fourth commitment", "/paper/commitments/4"),
        ("Khokhar &para;4 argues", "Khokhar ¶4", "/commentaries/ovais-ali-khokhar#p4"),
        ("as paragraph 4 of Khokhar notes", "paragraph 4 of Khokhar", "/commentaries/ovais-ali-khokhar#p4"),
        ("(Lei Kezhong, para. 5)", "Lei Kezhong, para. 5", "/commentaries/lei-kezhong#p5"),
        ("Dong 2022 &para;16&ndash;18 lists", "Dong 2022 ¶16–18", "/commentaries/dong-chunling#p16-p18"),
        ("see commitment 4 of the GSI concept paper.", "commitment 4 of the GSI concept paper", "/paper/commitments/4"),
        ("commitments 4&ndash;5 go together", "commitments 4–5", "/paper/commitments/4"),
        ("II.4-II.5 together", "II.4-II.5", "/paper/commitments/4"),
        ("III.3-5 together", "III.3-5", "/paper/priorities/3"),
        ("II.4:s2 exactly", "II.4:s2", "/paper/commitments/4#s2"),
        ("the 20th priority of the concept paper", "20th priority of the concept paper", "/paper/priorities/20"),
        ("Priority eight concerns Africa", "Priority eight", "/paper/priorities/8"),
        ("platform 5 (universities)", "platform 5", "/paper/platforms/5"),
    ];

    private async Task<IPage> OtherSitesPage(string more = "")
    {
        var page = await NewPage();
        var phrasings = string.Concat(Phrasings.Select((p, i) => $"<p id=\"r{i}\">{p.Html}.</p>\n"));
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><title>An article elsewhere</title>
            <script src="{{Fixture.BaseUrl}}/js/linker.js" defer></script></head>
            <body><main>
              <h1>On indivisible security</h1>
              {{phrasings}}
              <p id="ref">An existing <a href="{{Fixture.BaseUrl}}/ref/II.4">link by reference</a>.</p>
              <p id="link">Its <a href="{{Fixture.BaseUrl}}/commentaries/lei-kezhong#p2">second paragraph</a> says more.</p>
              <p id="none">GSI II.9 and GSI I.9 name nothing; Article 4 of the UN Charter, the fourth plenum and 2.4 billion people are no references; <code>GSI II.4</code> in code is left alone.</p>
              {{more}}
            </main></body></html>
            """;
        ServeOtherSite(html);
        await page.GotoAsync($"{OtherSite}/article");
        await page.WaitForSelectorAsync("#r0 a[data-gsi-address]");
        return page;
    }

    [SkippableFact]
    public async Task EveryReferenceTheSiteFindsBecomesALinkToItsPassageAndNothingElse()
    {
        var page = await OtherSitesPage();
        for (var i = 0; i < Phrasings.Length; i++)
        {
            var (_, text, address) = Phrasings[i];
            var links = page.Locator($"#r{i} a");
            Assert.True(await links.CountAsync() == 1, $"'{text}' is linked {await links.CountAsync()} times");
            Assert.Equal(text, await links.TextContentAsync());
            Assert.Equal(Fixture.BaseUrl + address, await links.GetAttributeAsync("href"));
        }
        Assert.Equal(0, await page.Locator("#none a").CountAsync());
    }

    [SkippableFact]
    public async Task TextAddedLaterIsReadToo()
    {
        var page = await OtherSitesPage("""
            <script>setTimeout(function () { var p = document.createElement("p"); p.id = "later"; p.textContent = "A comment added later cites Khokhar \u00b64."; document.querySelector("main").appendChild(p); }, 200);</script>
            """);
        await page.WaitForSelectorAsync("#later a[data-gsi-address]");
        Assert.Equal($"{Fixture.BaseUrl}/commentaries/ovais-ali-khokhar#p4", await page.GetAttributeAsync("#later a", "href"));
    }

    [SkippableFact]
    public async Task AnExistingLinkByReferenceShowsItsPassage()
    {
        var page = await OtherSitesPage();
        await page.ClickAsync("#ref a");
        var quote = page.GetByRole(AriaRole.Dialog).Locator("blockquote");
        await quote.WaitForAsync();
        Assert.Contains("Humanity is an indivisible security community.", await quote.TextContentAsync());
        Assert.Equal("\u00d7", await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close" }).TextContentAsync());
    }

    [SkippableFact]
    public async Task APopoverShowsTheWordsAndTheCitationAndEscapeReturnsFocus()
    {
        var page = await OtherSitesPage();
        await page.FocusAsync("#r0 a");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("blockquote").WaitForAsync();
        Assert.Contains("Humanity is an indivisible security community.", await dialog.Locator("blockquote").TextContentAsync());
        Assert.Contains("Global Security Initiative Concept Paper", await dialog.TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#r0 a", "aria-expanded"));
        await Screenshot(page, "linker-popover");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
        Assert.Equal("r0", await page.EvaluateAsync<string>("() => document.activeElement.closest('p').id"));
    }

    [SkippableFact]
    public async Task ALinkToACommentaryParagraphShowsThatParagraph()
    {
        var page = await OtherSitesPage();
        await page.ClickAsync("#link a");
        var quote = page.GetByRole(AriaRole.Dialog).Locator("blockquote");
        await quote.WaitForAsync();
        Assert.Contains("Basotho", await quote.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal($"{OtherSite}/article", page.Url);
    }
}
