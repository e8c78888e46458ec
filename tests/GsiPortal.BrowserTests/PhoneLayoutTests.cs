using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// Two things a 390 px phone showed badly (review 19, T9): the number of a tapped sentence stood over the line above,
/// beside the panel that names it; the quote audit's four columns were wider than the screen, the texts' words past its
/// edge. Light and dark alike.
/// </summary>
public class PhoneLayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Article = "The paper insists that \"security of one country should not come at the expense of that of others\", "
        + "and that \"the security of one country should come at the expense of that of others\" is what it says.";

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task ATappedSentenceShowsNoNumberOverTheLineAbove(ColorScheme scheme)
    {
        var page = await Open("/paper/commitments/4", Viewport.Phone, scheme);
        await page.Locator("#s5").TapAsync();
        await Assertions.Expect(page.Locator(".passage-panel h2")).ToHaveTextAsync("Commitment 4, sentence 5");
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('s5'), '::before').content"));
        await Screenshot(page, $"phone-tapped-sentence-{scheme}".ToLowerInvariant());
        // Asked for, the numbers stand in the line, the tapped sentence's too.
        await page.Locator(".passage-panel .close").TapAsync();
        await page.Locator("[data-sentence-numbers]").TapAsync();
        await page.Locator("#s5").TapAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('s5'), '::before').content"));
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheQuoteAuditFitsAPhonesWidth(ColorScheme scheme)
    {
        var page = await Open("/quote-check/audit", Viewport.Phone, scheme);
        await page.Locator("textarea").FillAsync(Article);
        await page.Locator("form.quote-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".audit-table .audit-row")).ToHaveCountAsync(2);
        var region = page.Locator(".table-scroll");
        var (scroll, client) = (await region.EvaluateAsync<int>("e => e.scrollWidth"), await region.EvaluateAsync<int>("e => e.clientWidth"));
        Assert.True(scroll <= client, $"the table is {scroll} px wide in a region of {client}");
        // Every part of a row within the screen, each under its column's name.
        foreach (var cell in await page.Locator(".audit-row td").AllAsync())
        {
            var box = (await cell.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"a cell from {box.X} to {box.X + box.Width} px");
        }
        Assert.Equal("\"In the texts\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.audit-row td.source'), '::before').content"));
        await Screenshot(page, $"phone-audit-{scheme}".ToLowerInvariant());
    }
}
