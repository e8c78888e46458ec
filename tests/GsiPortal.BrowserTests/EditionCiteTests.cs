using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>The Cite section offers the edition's fixed address and a citation that carries it as its URL, narrowed with the passage cited.</summary>
public class EditionCiteTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task TheCiteSectionOffersThisEditionsFixedAddressAndACitationCarryingIt(Viewport viewport)
    {
        var page = await Open("/paper/commitments/4", viewport);
        var version = (await page.Locator("[data-edition-version]").InnerTextAsync()).Trim();
        var fixedAddress = $"/editions/{version}/paper/commitments/4";
        await Assertions.Expect(page.Locator("#cite-fixed")).ToHaveAttributeAsync("href", fixedAddress);
        await Assertions.Expect(page.Locator("#cite-fixed")).ToHaveTextAsync(Fixture.BaseUrl + fixedAddress);

        var citationAddress = (await page.Locator("#cite-fixed-citation").GetAttributeAsync("href"))!;
        Assert.Contains("url=edition", citationAddress);
        var citation = await page.EvaluateAsync<string>("a => fetch(a).then(r => r.text())", citationAddress);
        Assert.Contains(Fixture.BaseUrl + fixedAddress, citation);
        Assert.Contains("GsiPortal edition of", citation);

        // The fixed address itself serves the edition, and its Cite section needs no such offer: its link is fixed.
        await page.GotoAsync(fixedAddress);
        await Assertions.Expect(page.Locator("#cite-link")).ToHaveTextAsync(Fixture.BaseUrl + fixedAddress);
        Assert.Equal(0, await page.Locator("#cite-fixed").CountAsync());
        await Screenshot(page, $"edition-cite-{viewport}".ToLowerInvariant());
    }

    [SkippableFact]
    public async Task ArrivingAtASentenceNarrowsTheFixedAddressToIt()
    {
        var page = await Open("/paper/priorities/8#s2");
        var version = (await page.Locator("[data-edition-version]").InnerTextAsync()).Trim();
        await Assertions.Expect(page.Locator("#cite-fixed")).ToHaveAttributeAsync("href", $"/editions/{version}/paper/priorities/8#s2");
        Assert.Contains("at=s2", await page.Locator("#cite-fixed-citation").GetAttributeAsync("href"));
    }
}
