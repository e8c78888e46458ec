using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The quiet commentary reading view: notes folded under one line each, opened one by one or all at once by the
/// page's switch, which is remembered across pages; no axe violations with the notes open, light and dark.
/// </summary>
public class CommentaryNotesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<Viewport, ColorScheme> Sizes() => new()
    {
        { Viewport.Desktop, ColorScheme.Light }, { Viewport.Desktop, ColorScheme.Dark }, { Viewport.Phone, ColorScheme.Light },
    };

    private static Task<int> OpenNotes(IPage page) => page.EvaluateAsync<int>("() => document.querySelectorAll('details.shared-note[open]').length");
    private static Task<int> AllNotes(IPage page) => page.EvaluateAsync<int>("() => document.querySelectorAll('details.shared-note').length");

    [SkippableTheory]
    [MemberData(nameof(Sizes))]
    public async Task NotesAreQuietUntilAskedForAndTheSwitchIsRemembered(Viewport viewport, ColorScheme scheme)
    {
        var page = await Open("/commentaries/lei-kezhong", viewport, scheme);
        var total = await AllNotes(page);
        Assert.True(total > 0);
        Assert.Equal(0, await OpenNotes(page));

        // One note opens on its own line.
        await page.Locator("#p4-notes > summary").ClickAsync();
        Assert.Equal(1, await OpenNotes(page));
        Assert.True(await page.Locator("#p4-notes .note-detail mark").First.IsVisibleAsync());

        // The switch opens them all, in place, and says so.
        var toggle = page.Locator("[data-notes-switch]");
        Assert.Equal("button", await toggle.GetAttributeAsync("role"));
        await toggle.ClickAsync();
        Assert.Equal(total, await OpenNotes(page));
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.EndsWith("/commentaries/lei-kezhong", page.Url);
        await Screenshot(page, $"commentary-notes-open-{viewport}-{scheme}".ToLowerInvariant());
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));

        // Remembered on the next commentary, and folded again by the keyboard.
        await page.GotoAsync("/commentaries/chen-xiangyang");
        Assert.Equal(await AllNotes(page), await OpenNotes(page));
        await page.Locator("[data-notes-switch]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(0, await OpenNotes(page));
        await page.ReloadAsync();
        Assert.Equal(0, await OpenNotes(page));
    }
}
