using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// A reader who follows a citation to a sentence of an edition on a phone (/editions/{id}/paper/commitments/4#s5)
/// lands far below the page's edition banner, and nothing in sight said the words were an edition's (a reader's
/// review). Once the banner has left the screen, one line at its foot says it; it moves nothing as it shows, and axe
/// finds nothing to fault in light or dark. The current site's pages have no such line.
/// </summary>
public class EditionLineTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Line = "[data-edition-line]";

    private async Task<string> Version()
    {
        var page = await Open("/paper/commitments/4", Viewport.Phone);
        return (await page.Locator("[data-edition-version]").InnerTextAsync()).Trim();
    }

    [SkippableFact]
    public async Task ArrivingAtAnEditionsSentenceOnAPhoneTheFootOfTheScreenSaysItIsAnEdition()
    {
        var page = await Open($"/editions/{await Version()}/paper/commitments/4#s5", Viewport.Phone);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-edition-line]').classList.contains('in-sight')");
        var line = page.Locator(Line);
        Assert.True(await line.IsVisibleAsync());
        Assert.StartsWith("Edition of ", (await line.TextContentAsync())!.Trim());
        Assert.Contains("the current one", await line.TextContentAsync());
        var box = (await line.BoundingBoxAsync())!;
        var screen = await page.EvaluateAsync<double>("() => window.innerHeight");
        Assert.True(Math.Abs(box.Y + box.Height - screen) < 1, $"the line ends at {box.Y + box.Height:0} px, not at the foot of the screen ({screen:0} px)");
        // The banner itself is out of sight: the line is what says it.
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('edition-banner').getBoundingClientRect().bottom < 0"));
    }

    [SkippableFact]
    public async Task AtTheTopTheBannerSaysItAndTheLineShowsOnlyOnceItHasLeftMovingNothing()
    {
        var (page, painted) = await OpenWithScriptsHeld($"/editions/{await Version()}/paper/commitments/4", Viewport.Phone);
        Assert.False(await page.Locator(Line).IsVisibleAsync());
        painted.SetResult();
        await Loaded(page);
        Assert.False(await page.Locator(Line).IsVisibleAsync());
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-edition-line]').classList.contains('in-sight')");
        var (total, shifts) = await LayoutShifts(page);
        Assert.True(total < 0.01, $"shifted {total:0.000}: {shifts}");
    }

    [SkippableFact]
    public async Task TheCurrentSitesPagesAndAWideScreenHaveNoLine()
    {
        var current = await Open("/paper/commitments/4#s5", Viewport.Phone);
        Assert.Equal(0, await current.Locator(Line).CountAsync());
        var wide = await Open($"/editions/{await Version()}/paper/commitments/4#s5", Viewport.Desktop);
        Assert.False(await wide.Locator(Line).IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task NoAxeViolationsWithTheLineShown(ColorScheme scheme)
    {
        var page = await Open($"/editions/{await Version()}/paper/commitments/4#s5", Viewport.Phone, scheme);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-edition-line]').classList.contains('in-sight')");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"({scheme}):\n" + string.Join("\n", violations));
        await Screenshot(page, $"edition-line-390-{scheme}".ToLowerInvariant());
    }
}
