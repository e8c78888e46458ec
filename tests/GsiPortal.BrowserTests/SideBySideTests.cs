using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// Two commentaries side by side (issue #26): two columns on a desktop, one after the other on a phone with nothing
/// sideways, and on paper the passages and their marks without the form.
/// </summary>
public class SideBySideTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Address = "/terms/global-security-governance/commentaries?a=dong-chunling&b=ovais-ali-khokhar";

    [SkippableFact]
    public async Task OnADesktopTheTwoCommentariesStandSideBySide()
    {
        var page = await Open(Address);
        var first = (await page.Locator(".pair-side").Nth(0).BoundingBoxAsync())!;
        var second = (await page.Locator(".pair-side").Nth(1).BoundingBoxAsync())!;
        Assert.True(second.X >= first.X + first.Width - 1 && Math.Abs(second.Y - first.Y) < 2, "the two columns should stand side by side");
        await Screenshot(page, "side-by-side-desktop");
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnAPhoneTheSecondFollowsTheFirstAndThePagePassesAxe(ColorScheme scheme)
    {
        var page = await Open(Address, Viewport.Phone, scheme);
        var first = (await page.Locator(".pair-side").Nth(0).BoundingBoxAsync())!;
        var second = (await page.Locator(".pair-side").Nth(1).BoundingBoxAsync())!;
        Assert.True(second.Y >= first.Y + first.Height - 1, "the second commentary should follow the first on a phone");
        Assert.False(await ScrollsSideways(page), await Overflowing(page));
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await Screenshot(page, $"side-by-side-phone-{scheme.ToString().ToLowerInvariant()}");
    }

    [SkippableFact]
    public async Task ItPrintsBothCommentariesPassagesWithTheirMarksAndWithoutTheForm()
    {
        var page = await Open(Address);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("form.pair-choice").IsVisibleAsync(), "the form is printed");
        Assert.True(await page.Locator(".pair-side").Nth(1).Locator("blockquote").First.IsVisibleAsync());
        var mark = page.Locator(".pair-columns mark").First;
        Assert.Contains("underline", await mark.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        Assert.Contains("underline", await page.Locator(".lede mark").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        await page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "side-by-side-print.pdf"), Format = "A4" });
    }

    [SkippableFact]
    public async Task ChoosingAnotherPairWithTheFormLeadsToItsAddress()
    {
        var page = await Open("/paper/commitments/4/commentaries");
        await page.SelectOptionAsync("#pair-a", "dong-chunling");
        await page.SelectOptionAsync("#pair-b", "ovais-ali-khokhar");
        await FollowTo(page, () => page.ClickAsync("form.pair-choice button[type=submit]"), "**/paper/commitments/4/commentaries?a=dong-chunling&b=ovais-ali-khokhar");
        Assert.Equal("Dong Chunling and Ovais Ali Khokhar on Commitment 4", (await page.InnerTextAsync("h1")).Trim());
    }
}
