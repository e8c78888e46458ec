using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The text first: on every kind of reading page, on a phone (390 × 844) and a desktop (1366 × 900), the first
/// sentence of the text starts within the first half of the first screen. Each measure is written to
/// tests/artifacts/text-first.txt, so a regression shows by how much.
/// </summary>
public class TextFirstTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, int, int> ReadingPages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var address in new[]
        {
            "/paper", "/paper/background", "/paper/commitments", "/paper/priorities", "/paper/platforms",
            "/paper/commitments/4", "/paper/priorities/8", "/paper/platforms/1",
            "/commentaries/dong-chunling", "/commentaries/ovais-ali-khokhar", "/commentaries/lei-kezhong", "/commentaries/chen-xiangyang",
        })
        {
            data.Add(address, 390, 844);
            data.Add(address, 1366, 900);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ReadingPages))]
    public async Task TheFirstSentenceStartsInTheFirstHalfOfTheScreen(string address, int width, int height)
    {
        var page = await NewPage(width < 600 ? Viewport.Phone : Viewport.Desktop);
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(address);
        var top = await FirstSentenceTop(page);
        await File.AppendAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "text-first.txt"),
            $"{DateTime.UtcNow:u} {address} {width}x{height}: first sentence at {top:0} px ({top / height:P0})\n");
        Assert.True(top < height / 2.0, $"{address} at {width}×{height}: the first sentence starts {top:0} px down, {top / height:P0} of the screen");
    }

    [SkippableFact]
    public async Task OnAPhoneTheSiteLinksFoldBehindAMenuAndSearchStaysOneTapAway()
    {
        var page = await Open("/paper/commitments/4", Viewport.Phone);
        Assert.True(await page.Locator("#site-q").IsVisibleAsync(), "the search box is not in the header");
        Assert.True(await InView(page, "#site-q"));
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync(), "the site's links are not folded");
        var menu = page.Locator("button.menu");
        await menu.ClickAsync();
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("nav.site-nav a[href='/commentaries']").IsVisibleAsync());
        var desktop = await Open("/paper/commitments/4");
        Assert.False(await desktop.Locator("button.menu").IsVisibleAsync());
        Assert.True(await desktop.Locator("nav.site-nav a[href='/commentaries']").IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData("/paper", "#toc-body", "a[href='#commitment-4']")]
    [InlineData("/paper/priorities", "#part-contents-list", "a[href='/paper/priorities/8']")]
    public async Task OnAPhoneTheContentsFoldBehindOneButton(string address, string list, string entry)
    {
        var page = await Open(address, Viewport.Phone);
        Assert.False(await page.Locator(list).IsVisibleAsync(), "the contents are not folded");
        var button = page.Locator($"button[aria-controls='{list[1..]}']");
        await button.ClickAsync();
        Assert.True(await page.Locator($"{list} {entry}").IsVisibleAsync(), "the contents do not open");
        var desktop = await NewPage();
        await desktop.SetViewportSizeAsync(1366, 900);
        await desktop.GotoAsync(address);
        Assert.True(await desktop.Locator($"{list} {entry}").IsVisibleAsync(), "on a desktop the contents are folded");
    }

    /// <summary>Where the first sentence of the text (not a heading, not the contents) starts, from the top of the screen.</summary>
    internal static Task<double> FirstSentenceTop(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('main .para > span').getBoundingClientRect().top");
}
