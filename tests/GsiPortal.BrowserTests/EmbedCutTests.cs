using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The shortened embed (<c>?lines=n</c>) ends at a whole word with an ellipsis, at every width; and a frame the
/// consuming site makes lower than the embed asked for keeps the footer (who wrote it, the link to read on) whole,
/// cutting the quotation at a whole line instead. Each check waits for embed.js to have cut (its class), never on time.
/// </summary>
public class EmbedCutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The words shown, whether every one lies inside the paragraph's box, and the ellipsis's line.</summary>
    private const string Shown = """
        () => { const p = document.querySelector('.clamped p'), box = p.getBoundingClientRect(), lh = parseFloat(getComputedStyle(p).lineHeight);
                const shown = [...p.children].filter(s => s.tagName === 'SPAN' && !s.hidden && !s.classList.contains('ellipsis'));
                const mark = p.querySelector('.ellipsis');
                return { Words: shown.map(s => s.textContent), Whole: shown.every(s => s.getBoundingClientRect().bottom <= box.bottom + 0.5),
                         AfterLast: !!mark && mark.previousElementSibling === shown[shown.length - 1],
                         MarkInside: !!mark && mark.getBoundingClientRect().right <= box.right + 0.5 && mark.getBoundingClientRect().bottom <= box.bottom + 0.5,
                         Lines: Math.round(box.height / lh) }; }
        """;

    private sealed class Cut
    {
        public string[] Words { get; set; } = [];
        public bool Whole { get; set; }
        public bool AfterLast { get; set; }
        public bool MarkInside { get; set; }
        public int Lines { get; set; }
    }

    [SkippableTheory]
    [InlineData(240)]
    [InlineData(270)]
    [InlineData(300)]
    [InlineData(330)]
    [InlineData(360)]
    [InlineData(390)]
    [InlineData(420)]
    [InlineData(600)]
    public async Task TheShortenedEmbedEndsAtAWholeWord(int width)
    {
        var page = await NewPage();
        await page.SetViewportSizeAsync(width, 600);
        var whole = (await (await page.APIRequest.GetAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4")).TextAsync());
        await page.GotoAsync("/embed/paper/commitments/4?lines=3");
        await page.Locator(".clamped p.cut").WaitForAsync();
        var cut = await page.EvaluateAsync<Cut>(Shown);
        var text = System.Text.Json.JsonDocument.Parse(whole).RootElement.GetProperty("text").GetString()!.Replace("\n\n", " ");
        // The words shown are the passage's first words, each whole, then the ellipsis, in three lines at most.
        Assert.StartsWith(string.Join(' ', cut.Words) + " ", text);
        Assert.True(cut.AfterLast, "no ellipsis after the last word shown");
        Assert.True(cut.MarkInside, "the ellipsis runs past the box");
        Assert.True(cut.Whole, "a word is cut");
        Assert.InRange(cut.Lines, 1, 3);
        if (width == 300) await Screenshot(page, "embed-shortened-300");
    }

    [SkippableTheory]
    [InlineData(420, 100)]
    [InlineData(320, 120)]
    public async Task AFrameMadeLowerKeepsTheFooterAndCutsTheQuotationAtAWholeLine(int width, int height)
    {
        var page = await NewPage();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/embed/paper/commitments/4?lines=3");
        await page.Locator(".clamped p.cut").WaitForAsync();
        var footer = await page.Locator(".embed-quote footer").BoundingBoxAsync();
        Assert.True(footer!.Y >= 0 && footer.Y + footer.Height <= height + 0.5, $"the footer is cut: {footer.Y}..{footer.Y + footer.Height} in {height}px");
        var cut = await page.EvaluateAsync<Cut>(Shown);
        Assert.True(cut.Whole, "a line of the quotation is cut through");
        Assert.True(cut.AfterLast && cut.MarkInside, "the cut quotation has no ellipsis of its own");
        Assert.InRange(cut.Lines, 1, 2);
        await Screenshot(page, $"embed-lower-frame-{width}x{height}");
    }

    [SkippableFact]
    public async Task AWholeEmbedInALowerFrameKeepsItsFooter()
    {
        var page = await NewPage();
        await page.SetViewportSizeAsync(600, 160);
        await page.GotoAsync("/embed/paper/commitments/4");
        var footer = await page.Locator(".embed-quote footer").BoundingBoxAsync();
        Assert.True(footer!.Y >= 0 && footer.Y + footer.Height <= 160.5, $"the footer is cut: {footer.Y}..{footer.Y + footer.Height}");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight + 1"), "the frame scrolls");
    }
}
