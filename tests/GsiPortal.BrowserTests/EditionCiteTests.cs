using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The Cite section links the edition's fixed address, as its citation does, and offers the current text's address and
/// a citation carrying it (url=current) below, narrowed with the passage cited.
/// </summary>
public class EditionCiteTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task TheCiteSectionLinksThisEditionAndOffersTheCurrentTextBelow(Viewport viewport)
    {
        var page = await Open("/paper/commitments/4", viewport);
        var version = (await page.Locator("[data-edition-version]").InnerTextAsync()).Trim();
        var fixedAddress = $"/editions/{version}/paper/commitments/4";
        await Assertions.Expect(page.Locator("#cite-link")).ToHaveTextAsync(Fixture.BaseUrl + fixedAddress);
        Assert.Contains(Fixture.BaseUrl + fixedAddress, await page.Locator("#citation").InnerTextAsync());
        await Assertions.Expect(page.Locator("#cite-current")).ToHaveAttributeAsync("href", "/paper/commitments/4");
        await Assertions.Expect(page.Locator("#cite-current")).ToHaveTextAsync(Fixture.BaseUrl + "/paper/commitments/4");

        var citationAddress = (await page.Locator("#cite-current-citation").GetAttributeAsync("href"))!;
        Assert.Contains("url=current", citationAddress);
        var citation = await page.EvaluateAsync<string>("a => fetch(a).then(r => r.text())", citationAddress);
        Assert.Contains(Fixture.BaseUrl + "/paper/commitments/4.", citation);
        Assert.DoesNotContain("/editions/", citation);
        Assert.Contains("GsiPortal edition of", citation);

        // The fixed address itself serves the edition; its banner links the current text, so its Cite section does not.
        await page.GotoAsync(fixedAddress);
        await Assertions.Expect(page.Locator("#cite-link")).ToHaveTextAsync(Fixture.BaseUrl + fixedAddress);
        Assert.Equal(0, await page.Locator("#cite-current").CountAsync());
        await Screenshot(page, $"edition-cite-{viewport}".ToLowerInvariant());
    }

    [SkippableFact]
    public async Task ArrivingAtASentenceNarrowsBothAddressesToIt()
    {
        var page = await Open("/paper/priorities/8#s2");
        var version = (await page.Locator("[data-edition-version]").InnerTextAsync()).Trim();
        await Assertions.Expect(page.Locator("#cite-link")).ToHaveTextAsync($"{Fixture.BaseUrl}/editions/{version}/paper/priorities/8#s2");
        await Assertions.Expect(page.Locator("#cite-current")).ToHaveAttributeAsync("href", "/paper/priorities/8#s2");
        Assert.Contains("at=s2", await page.Locator("#cite-current-citation").GetAttributeAsync("href"));
    }
}
