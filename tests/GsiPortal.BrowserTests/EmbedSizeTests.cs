using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The height the oEmbed answer states is the height the embed page needs in Chromium at that width: never less
/// (a clipped last line), and not much more (a gap under the quotation).
/// </summary>
public class EmbedSizeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableTheory]
    [InlineData("/paper/commitments/4", 600)]
    [InlineData("/paper/commitments/4", 320)]
    [InlineData("/paper/commitments/4#s2-s3", 600)]
    [InlineData("/paper/priorities/5", 600)]
    [InlineData("/paper/priorities/5", 360)]
    [InlineData("/commentaries/lei-kezhong#p5", 600)]
    [InlineData("/commentaries/lei-kezhong#p5", 320)]
    [InlineData("/paper/background#background-p2", 480)]
    public async Task TheStatedHeightFitsTheEmbedAsLaidOut(string address, int width)
    {
        var page = await NewPage();
        var oembed = await page.APIRequest.GetAsync($"/oembed?format=json&maxwidth={width}&url={Uri.EscapeDataString(Fixture.BaseUrl + address)}");
        var answer = JsonDocument.Parse(await oembed.TextAsync()).RootElement;
        Assert.Equal(width, answer.GetProperty("width").GetInt32());
        var stated = answer.GetProperty("height").GetInt32();

        // The embed page of the same passage, in a frame of the stated width.
        var passage = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/passages?address={Uri.EscapeDataString(address)}")).TextAsync()).RootElement;
        await page.SetViewportSizeAsync(width, 2000);
        await page.GotoAsync(passage.GetProperty("embed").GetProperty("url").GetString()!);
        var needed = await page.EvaluateAsync<double>("() => Math.ceil(document.querySelector('main').getBoundingClientRect().bottom)");

        await File.AppendAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "embed-heights.txt"),
            string.Create(CultureInfo.InvariantCulture, $"{address} at {width}px: stated {stated}, laid out {needed}\n"));
        Assert.True(stated >= needed, $"{address} at {width}px: stated {stated}px, but the embed needs {needed}px");
        Assert.True(stated <= needed * 1.35 + 24, $"{address} at {width}px: stated {stated}px for {needed}px of embed");
    }
}
