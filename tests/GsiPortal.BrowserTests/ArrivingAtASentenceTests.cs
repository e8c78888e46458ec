using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// A reader who follows a sentence's link sees what they landed in — the item's heading with the sentence, where both
/// fit — and the sentence tinted, as Sefaria and legislation.gov.uk mark theirs, never ringed in the red that reads as
/// an error. Every wait is on the page's state (in view, focused), none on time.
/// </summary>
public class ArrivingAtASentenceTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly LocatorAssertionsToBeInViewportOptions Whole = new() { Ratio = 1, Timeout = 60_000 };

    [SkippableTheory]
    [InlineData("/paper/commitments/4#s1", "main h1", "#s1")]
    [InlineData("/paper/commitments/4#s2-s3", "main h1", "#s3")]
    [InlineData("/paper/commitments#commitment-4-s3", "#commitment-4-h", "#commitment-4-s3")]
    public async Task TheItemsHeadingIsInViewWithTheSentence(string address, string heading, string sentence)
    {
        var page = await Open(address);
        // A reader's review: on an item's page the heading stood 66 px above the screen's top.
        await Assertions.Expect(page.Locator(heading)).ToBeInViewportAsync(Whole);
        await Assertions.Expect(page.Locator(sentence)).ToBeInViewportAsync(Whole);
        await Screenshot(page, "arriving-" + address.Replace('/', '-').Replace('#', '-').Trim('-'));
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheTargetIsTintedAndNeverRingedInRed(ColorScheme scheme)
    {
        var page = await Open("/paper/commitments/4#s1", Viewport.Desktop, scheme);
        var target = page.Locator("#s1");
        // As the keyboard would: focus shows. The browser focuses a focusable target on arrival, so the ring it drew
        // was the site's red focus ring, 3 px, round the sentence the reader was sent to.
        await page.Keyboard.PressAsync("Shift");
        await target.FocusAsync();
        await Assertions.Expect(target).ToBeFocusedAsync(new() { Timeout = 60_000 });
        Assert.True(await target.EvaluateAsync<bool>("e => e.matches(':focus-visible')"), "the test needs the ring's conditions");
        var ring = await target.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : s.outlineColor; }");
        Assert.True(ring is "none" or "rgba(0, 0, 0, 0)", $"the target is ringed: {ring}");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        // Another sentence reached with the keyboard has a ring, in the tint's quiet line rather than the focus red.
        await page.Keyboard.PressAsync("ArrowRight");
        var next = page.Locator("#s2");
        await Assertions.Expect(next).ToBeFocusedAsync(new() { Timeout = 60_000 });
        var ring2 = await next.EvaluateAsync<string[]>("""
            e => { const s = getComputedStyle(e), probe = document.createElement('i'); probe.style.color = 'var(--focus)'; document.body.append(probe);
                   const red = getComputedStyle(probe).color; probe.remove(); return [s.outlineStyle, s.outlineColor, red]; }
            """);
        Assert.Equal("solid", ring2[0]);
        Assert.NotEqual(ring2[2], ring2[1]);
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await Screenshot(page, $"arriving-target-{scheme}".ToLowerInvariant());
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task AParagraphRangeIsTintedAsOneParagraphIs(ColorScheme scheme)
    {
        // Review 18 (D3): /api/passages hands out "#p4-p6"; the page gave the three paragraphs a class with no style.
        var page = await Open("/commentaries/ovais-ali-khokhar#p4-p6", Viewport.Desktop, scheme);
        await Assertions.Expect(page.Locator("#p4")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("in-range"), new() { Timeout = 60_000 });
        const string Tint = "e => getComputedStyle(e).backgroundColor";
        foreach (var inside in new[] { "#p4", "#p5", "#p6" })
            Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator(inside).EvaluateAsync<string>(Tint));
        foreach (var outside in new[] { "#p3", "#p7" })
            Assert.Equal("rgba(0, 0, 0, 0)", await page.Locator(outside).EvaluateAsync<string>(Tint));
        // The same tint as a single paragraph's (#p5): one mark for "the passage the link points at".
        var single = await Open("/commentaries/ovais-ali-khokhar#p5", Viewport.Desktop, scheme);
        Assert.Equal(await single.Locator("#p5").EvaluateAsync<string>(Tint), await page.Locator("#p5").EvaluateAsync<string>(Tint));
        await Screenshot(page, $"arriving-paragraph-range-{scheme}".ToLowerInvariant());
    }
}
