using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// On a phone a long part's page keeps one line at the top of the screen saying where the reader is (Part III is
/// ~28 screens, and a reader deep in it could not tell which priority they were in): the part, then the item whose
/// text is at the top. It moves nothing as it changes, and axe finds nothing to fault in light or dark.
/// </summary>
public class WhereAmITests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Marker = ".where-am-i";

    [SkippableFact]
    public async Task DeepInAPartOnAPhoneTheLineNamesThePartAndTheItemAtTheTop()
    {
        var page = await Open("/paper/priorities", Viewport.Phone);
        var marker = page.Locator(Marker);
        Assert.Equal("Part III · Priorities of cooperation", (await marker.TextContentAsync())!.Trim());
        await page.EvaluateAsync("() => document.getElementById('priority-12').scrollIntoView({ block: 'start' })");
        await page.WaitForFunctionAsync("() => document.querySelector('.where-am-i').textContent === 'Part III · Priority 12'");
        var box = (await marker.BoundingBoxAsync())!;
        Assert.True(Math.Abs(box.Y) < 1, $"the line stands at {box.Y:0} px, not at the top of the screen");
        Assert.Equal("true", await marker.GetAttributeAsync("aria-hidden"));
    }

    [SkippableFact]
    public async Task OnAWideScreenThereIsNoLineThePartsContentsSayIt()
    {
        var page = await Open("/paper/priorities", Viewport.Desktop);
        Assert.False(await page.Locator(Marker).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task TheLineShowsOnlyOnceThePartsHeadingHasLeftTheScreenAndMovesNothing()
    {
        var (page, painted) = await OpenWithScriptsHeld("/paper/priorities", Viewport.Phone);
        // At the top the page's own heading says where the reader is, and the first sentence keeps its place.
        Assert.False(await page.Locator(Marker).IsVisibleAsync());
        painted.SetResult();
        await Loaded(page);
        Assert.False(await page.Locator(Marker).IsVisibleAsync());
        await page.EvaluateAsync("() => document.getElementById('priority-12').scrollIntoView({ block: 'start' })");
        await page.WaitForFunctionAsync("() => document.querySelector('.where-am-i').textContent.endsWith('Priority 12')");
        Assert.True(await page.Locator(Marker).IsVisibleAsync());
        var (total, shifts) = await LayoutShifts(page);
        Assert.True(total < 0.01, $"shifted {total:0.000}: {shifts}");
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task NoAxeViolationsWithTheLineShown(ColorScheme scheme)
    {
        var page = await Open("/paper/priorities", Viewport.Phone, scheme);
        await page.EvaluateAsync("() => document.getElementById('priority-12').scrollIntoView({ block: 'start' })");
        await page.WaitForFunctionAsync("() => document.querySelector('.where-am-i').textContent.endsWith('Priority 12')");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"({scheme}):\n" + string.Join("\n", violations));
        await Screenshot(page, $"where-am-i-390-{scheme}".ToLowerInvariant());
    }
}
