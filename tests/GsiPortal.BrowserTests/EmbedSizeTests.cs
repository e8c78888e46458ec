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

    [SkippableTheory]
    [InlineData("/paper/commitments/4", 600, 100)]
    [InlineData("/paper/commitments/4", 320, 140)]
    [InlineData("/commentaries/lei-kezhong#p5", 600, 120)]
    [InlineData("/commentaries/lei-kezhong", 480, 400)]
    public async Task UnderASmallMaxheightAnotherSitesFrameShowsWholeLinesThatEndInAnEllipsis(string address, int maxwidth, int maxheight)
    {
        var page = await NewPage();
        var oembed = await page.APIRequest.GetAsync($"/oembed?format=json&maxwidth={maxwidth}&maxheight={maxheight}&url={Uri.EscapeDataString(Fixture.BaseUrl + address)}");
        var answer = JsonDocument.Parse(await oembed.TextAsync()).RootElement;
        var stated = answer.GetProperty("height").GetInt32();
        Assert.InRange(stated, 1, maxheight);

        // A page of another origin (about:blank's) pastes the answer's iframe, as a blog does with what it discovered.
        await page.SetContentAsync($"<!DOCTYPE html><html lang=\"en\"><body style=\"margin:8px\"><p>A post quoting the paper:</p>{answer.GetProperty("html").GetString()}</body></html>");
        var frame = await (await page.WaitForSelectorAsync("iframe"))!.ContentFrameAsync();
        await frame!.WaitForURLAsync("**/embed/**");
        await frame.WaitForSelectorAsync("blockquote footer a", new() { State = WaitForSelectorState.Attached });
        var laidOut = await frame.EvaluateAsync<JsonElement>("""
            () => {
              const main = document.querySelector('main'), p = document.querySelector('blockquote p');
              const line = parseFloat(getComputedStyle(p).lineHeight);
              return { bottom: main.getBoundingClientRect().bottom, lines: p.clientHeight / line, more: p.scrollHeight > p.clientHeight + 1,
                       frameHeight: window.innerHeight };
            }
            """);
        await Screenshot(page, $"embed-maxheight-{maxheight}-at-{maxwidth}");
        var lines = laidOut.GetProperty("lines").GetDouble();
        Assert.Equal(stated, laidOut.GetProperty("frameHeight").GetInt32());
        // Everything, the attribution and its link included, inside the frame: nothing cut at its foot.
        Assert.True(laidOut.GetProperty("bottom").GetDouble() <= stated, $"{address}: the embed runs to {laidOut.GetProperty("bottom").GetDouble()}px in a frame of {stated}px");
        // The quotation stops at a whole line (the rest is there to read on), never part-way through one.
        Assert.True(Math.Abs(lines - Math.Round(lines)) < 0.05, $"{address}: {lines:0.00} lines shown");
        Assert.True(lines >= 1);
        Assert.True(laidOut.GetProperty("more").GetBoolean(), $"{address}: the whole passage fits, so it should not have been shortened");
    }
}
