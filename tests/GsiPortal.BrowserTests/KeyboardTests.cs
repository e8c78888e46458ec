namespace GsiPortal.BrowserTests;

/// <summary>Keyboard only: a skip link, visible focus on every control, search reachable with "/", no trap.</summary>
public class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task TheFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent()
    {
        var page = await Open("/paper/commitments/4");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [SkippableFact]
    public async Task SlashFocusesTheSearchBox()
    {
        var page = await Open("/paper");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [SkippableFact]
    public async Task EveryControlShowsItsFocusAndTabbingNeverTraps()
    {
        var page = await Open("/search?q=security");
        var seen = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                        return [e.tagName, (e.textContent || e.id || '').trim().slice(0, 40),
                                String(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)]; }
                """);
            var focus = new FocusState(state[0], state[1], state[2] == "true");
            if (focus.Tag == "BODY") break;
            Assert.True(focus.Outline, $"{focus.Tag} '{focus.Text}' has no visible focus outline");
            seen.Add($"{focus.Tag}:{focus.Text}");
        }
        Assert.Contains(seen, s => s.StartsWith("A:Sitemap", StringComparison.Ordinal) || s.Contains("Next", StringComparison.Ordinal));
    }

    private sealed record FocusState(string Tag, string Text, bool Outline);
}
