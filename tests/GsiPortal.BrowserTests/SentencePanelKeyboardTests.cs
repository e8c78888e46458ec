using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The sentences and their panel for a keyboard and a screen reader (review 19, T5): after Enter the focus is in the
/// panel, whose hint says "Shift+arrow extends", and Shift+arrow there extends the range the panel shows; Home and End
/// choose the sentence they reach, as the arrows do; each sentence is a button named by its own words, once.
/// </summary>
public class SentencePanelKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Panel(IPage page) => page.Locator(".passage-panel");

    private static Task<string[]> Chosen(IPage page) =>
        page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main .para > span.selected')).map(s => s.id)");

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.getAttribute('data-act') || document.activeElement.tagName");

    /// <summary>Commitment 4 with the keyboard on its third sentence: Tab to the text, then the arrows.</summary>
    private async Task<IPage> OnTheThirdSentence()
    {
        var page = await Open("/paper/commitments/4");
        await page.Locator("#s1").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("s3", await Focused(page));
        return page;
    }

    [SkippableFact]
    public async Task ShiftArrowInThePanelExtendsTheRangeItShows()
    {
        var page = await OnTheThirdSentence();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentence 3");
        Assert.Equal("link", await Focused(page));

        await page.Keyboard.PressAsync("Shift+ArrowDown");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentences 3–4");
        Assert.Equal(["s3", "s4"], await Chosen(page));
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentences 3–5");
        Assert.EndsWith("#s3-s5", page.Url);
        await page.Keyboard.PressAsync("Shift+ArrowUp");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentences 3–4");
        // Still in the panel, so the reader copies what they extended; Escape returns to the range's moving end.
        Assert.Equal("link", await Focused(page));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("s4", await Focused(page));
    }

    [SkippableFact]
    public async Task ShiftEndInThePanelRunsTheRangeToTheItemsLastSentence()
    {
        var page = await OnTheThirdSentence();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentence 3");
        await page.Keyboard.PressAsync("Shift+End");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentences 3–8");
        Assert.Equal(["s3", "s4", "s5", "s6", "s7", "s8"], await Chosen(page));
    }

    [SkippableFact]
    public async Task PlainArrowsInThePanelAreLeftAlone()
    {
        var page = await OnTheThirdSentence();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentence 3");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(["s3"], await Chosen(page));
        await Assertions.Expect(Panel(page).Locator("h2")).ToHaveTextAsync("Commitment 4, sentence 3");
    }

    [SkippableFact]
    public async Task HomeAndEndChooseTheSentenceTheyReachAsTheArrowsDo()
    {
        var page = await OnTheThirdSentence();
        Assert.Equal(["s3"], await Chosen(page));
        await page.Keyboard.PressAsync("End");
        Assert.Equal("s8", await Focused(page));
        Assert.Equal(["s8"], await Chosen(page));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("s1", await Focused(page));
        Assert.Equal(["s1"], await Chosen(page));
        // With Shift, as Shift+arrow: a range, within the item.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Shift+End");
        Assert.Equal("s8", await Focused(page));
        Assert.Equal(["s2", "s3", "s4", "s5", "s6", "s7", "s8"], await Chosen(page));
    }

    [SkippableFact]
    public async Task EachSentenceIsAButtonNamedByItsWordsOnce()
    {
        var page = await Open("/paper/commitments/4");
        var third = page.Locator("#s3");
        await Assertions.Expect(third).ToHaveAttributeAsync("role", "button");
        await Assertions.Expect(third).ToHaveAttributeAsync("aria-haspopup", "dialog");
        var snapshot = await page.Locator("#commitment-4-p1").AriaSnapshotAsync();
        const string words = "Security of one country should not come at the expense of that of others.";
        Assert.Contains($"button \"{words}\"", snapshot);
        // Its name is its text, not a label beside it: a screen reader hears the words once.
        Assert.Equal(1, snapshot.Split(words).Length - 1);
        Assert.Equal(8, snapshot.Split('\n').Count(line => line.TrimStart().StartsWith("- button \"", StringComparison.Ordinal)
            && !line.Contains("¶", StringComparison.Ordinal)));
    }
}
