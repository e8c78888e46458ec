using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>The compare page on a phone: each pair stacked, the paper's sentence above the commentary's, nothing sideways.</summary>
public class CompareTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnAPhoneEachPairIsStackedAndPassesAxe(ColorScheme scheme)
    {
        var page = await Open("/compare/commitments/4", Viewport.Phone, scheme);
        var paper = (await page.Locator(".pair .pair-paper").First.BoundingBoxAsync())!;
        var commentary = (await page.Locator(".pair .pair-commentary").First.BoundingBoxAsync())!;
        Assert.True(commentary.Y >= paper.Y + paper.Height - 1, "the commentary's passage should follow the paper's on a phone");
        Assert.False(await ScrollsSideways(page), await Overflowing(page));
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await Screenshot(page, $"compare-phone-{scheme.ToString().ToLowerInvariant()}");
    }

    [SkippableFact]
    public async Task OnADesktopThePairsStandSideBySide()
    {
        var page = await Open("/compare/commitments/4");
        var paper = (await page.Locator(".pair .pair-paper").First.BoundingBoxAsync())!;
        var commentary = (await page.Locator(".pair .pair-commentary").First.BoundingBoxAsync())!;
        Assert.True(commentary.X >= paper.X + paper.Width - 1 && Math.Abs(commentary.Y - paper.Y) < 2, "the two passages should stand side by side");
    }
}
