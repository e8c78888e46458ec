using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// What a printed commentary and a printed compare page contain (issue #26): the text and its citation, not the
/// controls; the compare page's shared words still marked on paper. And on a desktop the sentence panel stands beside
/// its paragraph, not over it.
/// </summary>
public class PrintTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task ACommentaryPrintsItsTextAndCitationWithoutTheNotesSwitchOrTheNotesLine()
    {
        var page = await Open("/commentaries/lei-kezhong");
        Assert.True(await page.Locator("[data-notes-switch]").IsVisibleAsync(), "the notes switch is not on the screen, so this proves nothing");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { "[data-notes-switch]", ".notes-bar", ".shared-note", ".tools", ".site-header", ".site-footer", "#cite-style" })
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        foreach (var shown in new[] { "h1", "#p1", "#p14", "#citation" })
            Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} is not printed");
        var printed = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.DoesNotContain("Show all notes", printed);
        Assert.DoesNotContain("paragraphs share wording", printed);
        await page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "lei-kezhong-print.pdf"), Format = "A4" });
    }

    [SkippableTheory]
    // Review 21 (T9): printed, a priority began "Part III · Priority 5 of 20", the paper named nowhere above it.
    [InlineData("/paper/priorities/5", "Part III · Priority 5 of 20")]
    [InlineData("/paper/commitments/4", "Part II · Commitment 4 of 6")]
    [InlineData("/paper/commitments", "Part II of 4")]
    [InlineData("/paper/priorities/introduction", "Part III")]
    public async Task APrintedPageOfThePaperBeginsWithThePapersTitleAndAuthor(string address, string kicker)
    {
        var page = await Open(address);
        var pdf = Path.Combine(BrowserFixture.Artifacts, $"print-title{address.Replace('/', '-')}.pdf");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.PdfAsync(new() { Path = pdf, Format = "A4" });
        var lines = PdfText(pdf).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("The Global Security Initiative Concept Paper, Ministry of Foreign Affairs of the People's Republic of China", string.Join(' ', lines.Take(2)));
        Assert.Contains(lines.Take(6), l => l.StartsWith(kicker, StringComparison.Ordinal));
        // On screen nothing of it shows: the page's head stays unrendered.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.head).display"));
    }

    [SkippableFact]
    public async Task ACommentaryPrintsNoPaperTitleAboveItsOwn()
    {
        var page = await Open("/commentaries/lei-kezhong");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.head).display"));
    }

    /// <summary>The text of a PDF as poppler's pdftotext reads it, in reading order.</summary>
    private static string PdfText(string pdf)
    {
        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new SkipException("Reading the printed PDF needs pdftotext: apt-get install poppler-utils");
        }
        using var _ = process;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Skip.If(process.ExitCode != 0, "pdftotext (poppler-utils) failed or is missing");
        return text;
    }

    [SkippableFact]
    public async Task TheComparePagePrintsItsSharedWordsMarkedAsItsLegendSays()
    {
        var page = await Open("/compare/commitments/4");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var marks = page.Locator(".pair mark");
        Assert.True(await marks.CountAsync() > 0, "no marked words on the compare page");
        Assert.True(await marks.First.IsVisibleAsync());
        Assert.Contains("underline", await marks.First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        // The legend's own sample is marked the same way, so "marked words" names what the paper shows.
        var legend = page.Locator(".legend mark");
        if (await legend.CountAsync() > 0)
            Assert.Contains("underline", await legend.First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        await page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "compare-commitment-4-print.pdf"), Format = "A4" });
    }

    [SkippableFact]
    public async Task OnADesktopTheSentencePanelLeavesItsParagraphUncovered()
    {
        var page = await NewPage();
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync("/paper/commitments/4");
        await page.Locator("#s2").ClickAsync();
        var panel = page.Locator(".passage-panel");
        await panel.WaitForAsync();
        var overlap = await page.EvaluateAsync<double>("""
            () => { const p = document.querySelector('.passage-panel').getBoundingClientRect(), q = document.getElementById('commitment-4-p1').getBoundingClientRect();
                    const w = Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)), h = Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top));
                    return w * h; }
            """);
        Assert.Equal(0, overlap);
        Assert.True(await InView(page, ".passage-panel"), "the panel is off the screen");
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryCoverageWordStandsOutFromItsCell(ColorScheme scheme)
    {
        var page = await Open("/coverage", Viewport.Desktop, scheme);
        // The contrast of each word's computed fill against its cell's, as WCAG computes it.
        var worst = await page.EvaluateAsync<double>("""
            () => {
              const rgb = c => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
              const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              let worst = 99;
              for (const t of document.querySelectorAll('svg.heatmap text.mark')) {
                const rect = t.previousElementSibling, a = lum(getComputedStyle(t).fill), b = lum(getComputedStyle(rect).fill);
                worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
              }
              return worst;
            }
            """);
        Assert.True(worst >= 4.5, $"a coverage word stands only {worst:0.0}:1 from its cell ({scheme})");
    }
}
