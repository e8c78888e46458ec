using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The coverage table is read whole on a desktop, beside its heat map where both fit, and scrolls in its own region on
/// a phone without the page scrolling sideways. Review 18 (D14): at 1280 px the 691 px table stood in a 648 px
/// scroller beside the chart, its last column cut to "Ovais Ali Khokhar (202", although the window had room.
/// </summary>
public class CoverageTableTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Overflow = "e => e.scrollWidth - e.clientWidth";
    private const string PageOverflow = "() => document.scrollingElement.scrollWidth - window.innerWidth";

    [SkippableTheory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1150, ColorScheme.Light)]
    public async Task OnADesktopTheTableIsWhole(int width, ColorScheme scheme)
    {
        var page = await NewPage(Viewport.Desktop, scheme);
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/coverage");
        var scroller = page.Locator(".table-scroll");
        Assert.True(await scroller.EvaluateAsync<int>(Overflow) <= 0, $"the table is cut off at {width} px: {await scroller.EvaluateAsync<int>(Overflow)} px hidden");
        Assert.True(await page.EvaluateAsync<int>(PageOverflow) <= 0, $"the page scrolls sideways at {width} px");
        if (width == 1280)
        {
            // Still beside the heat map there, not pushed below it.
            var chart = await page.Locator(".heatmap-figure").BoundingBoxAsync();
            var table = await scroller.BoundingBoxAsync();
            Assert.True(table!.X > chart!.X + chart.Width, "the table stands below the chart at 1280 px");
        }
        await Screenshot(page, $"coverage-{width}-{scheme}".ToLowerInvariant());
    }

    [SkippableTheory]
    // Review 21 (T5): at 1280 px the chart's caption began at x 25, the text column at 88: the layout was widened
    // on both sides of the frame to make room for the table.
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1150, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task TheChartAndItsCaptionKeepThePagesLeftMargin(int width, ColorScheme scheme)
    {
        var page = await NewPage(width < 600 ? Viewport.Phone : Viewport.Desktop, scheme);
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/coverage");
        var text = (await page.Locator("main h1").BoundingBoxAsync())!.X;
        foreach (var part in new[] { ".heatmap-figure", ".heatmap-figure svg", ".heatmap-figure figcaption", ".table-scroll" })
        {
            var box = (await page.Locator(part).BoundingBoxAsync())!;
            Assert.True(box.X >= text - 0.5, $"{part} starts at x {box.X}, left of the text column's {text}, at {width} px");
            Assert.True(box.X + box.Width <= width, $"{part} ends at x {box.X + box.Width}, past the window's {width} px");
        }
        Assert.True(await page.EvaluateAsync<int>(PageOverflow) <= 0, $"the page scrolls sideways at {width} px");
        await Screenshot(page, $"coverage-margin-{width}-{scheme}".ToLowerInvariant());
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnAPhoneTheTableScrollsInItsOwnRegion(ColorScheme scheme)
    {
        var page = await Open("/coverage", Viewport.Phone, scheme);
        Assert.True(await page.EvaluateAsync<int>(PageOverflow) <= 0, "the page scrolls sideways on a phone");
        var scroller = page.Locator(".table-scroll");
        Assert.True(await scroller.EvaluateAsync<int>(Overflow) > 0, "the test needs a table wider than a phone");
        // The region scrolls to its last column: nothing is out of reach.
        await scroller.EvaluateAsync("e => e.scrollLeft = e.scrollWidth");
        var last = await page.Locator("#coverage-table thead th").Last.BoundingBoxAsync();
        Assert.True(last!.X + last.Width <= 390 + 1, $"the last column ends at {last.X + last.Width} px");
        await Screenshot(page, $"coverage-phone-{scheme}".ToLowerInvariant());
    }
}
