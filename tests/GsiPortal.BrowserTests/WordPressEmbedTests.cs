using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// An address of ours pasted into WordPress: the post shows our oEmbed answer as WordPress keeps it — only the iframe,
/// with "#?secret=…" added to its address, sandboxed with scripts alone allowed (wp_filter_oembed_result in
/// wp-includes/embed.php) — on WordPress's page, another origin, whose script (wp-embed.js) sizes the frame only by the
/// framed page's message { message: 'height', value, secret } (kept between 200 and 1000 pixels) and follows a link
/// only when asked by { message: 'link', value } from the frame that has the focus. The host page here does what
/// those two do, written from WordPress's code (wordpress-develop, src/wp-includes/embed.php and
/// src/js/_enqueues/wp/embed.js), served by a server of its own on another loopback port. Before, the embed page sent
/// nothing: WordPress left the frame at the height stated for 600 pixels, which a theme's max-width:100% on a phone
/// made too low, and the sandbox stopped every link (target="_top").
/// </summary>
public sealed partial class WordPressEmbedTests(BrowserFixture fixture) : BrowserTest(fixture), IDisposable
{
    private readonly OtherOriginSite otherSite = new();
    private string OtherSite => otherSite.Origin;

    /// <summary>What wp-embed.js does on the post's page: a message's secret names its frame; height kept to 200–1000; a link on the frame's own host, if the frame has the focus.</summary>
    private const string HostScript = """
        <script>
        addEventListener('message', function (e) {
          var d = e.data;
          if (!d || /[^a-zA-Z0-9]/.test(d.secret)) return;
          document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (frame) {
            if (e.source !== frame.contentWindow) return;
            frame.removeAttribute('style');
            if (d.message === 'height') {
              var h = parseInt(d.value, 10);
              frame.height = h > 1000 ? 1000 : ~~h < 200 ? 200 : h;
              window.__heights = (window.__heights || []).concat([frame.height]);
            } else if (d.message === 'link') {
              var from = new URL(frame.getAttribute('src')), to = new URL(d.value);
              if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === frame) top.location.href = d.value;
            }
          });
        });
        document.addEventListener('DOMContentLoaded', function () {
          document.querySelectorAll('iframe.wp-embedded-content').forEach(function (frame) {
            frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*');
          });
        });
        </script>
        """;

    [GeneratedRegex("<iframe[^>]*></iframe>")]
    private static partial Regex Iframe();

    [GeneratedRegex("\\s([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    /// <summary>
    /// Our oEmbed html as wp_filter_oembed_result keeps it: the iframe's allowed attributes only (its style and loading
    /// go), the secret added to its address and as data-secret, then the class, the sandbox and security="restricted".
    /// </summary>
    private static string AsWordPressKeepsIt(string html, string secret)
    {
        var iframe = Iframe().Match(html).Value;
        string[] allowed = ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"];
        var kept = Attribute().Matches(iframe).Where(m => allowed.Contains(m.Groups[1].Value))
            .Select(m => m.Groups[1].Value == "src" ? $" src=\"{m.Groups[2].Value}#?secret={secret}\" data-secret=\"{secret}\"" : m.Value);
        return $"<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\"{string.Concat(kept)}></iframe>";
    }

    /// <summary>WordPress's post page holding the embed of <paramref name="address"/>, as its block editor wraps an embed; returns the stated height.</summary>
    private async Task<(IPage Page, int Stated)> PostWithEmbed(string address, int width, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await NewPage(scheme: scheme);
        await page.SetViewportSizeAsync(width, 900);
        // WordPress asks with its content width and a height (WP_oEmbed::fetch: maxwidth, maxheight, dnt).
        var answer = JsonDocument.Parse(await (await page.APIRequest.GetAsync(
            $"/oembed?maxwidth=600&maxheight=900&url={Uri.EscapeDataString(Fixture.BaseUrl + address)}&dnt=1&format=json")).TextAsync()).RootElement;
        var html = AsWordPressKeepsIt(answer.GetProperty("html").GetString()!, "Ab3dE6gH9k");
        Serve($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>A post</title><meta name="color-scheme" content="light dark">
            <style>body { font-family: sans-serif; margin: 0 auto; max-width: 640px; padding: 0 8px; } figure { margin: 0 0 1em; } .wp-block-embed iframe { max-width: 100%; }</style>
            {{HostScript}}</head><body><h1>A post quoting the paper</h1><p>As the paper puts it:</p>
            <figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">{{html}}</div></figure><p>The end.</p></body></html>
            """);
        await page.GotoAsync($"{OtherSite}/a-post/");
        return (page, answer.GetProperty("height").GetInt32());
    }

    /// <summary>
    /// The frame takes the height the embed needs at the width the post gives it: on a phone the theme narrows the
    /// frame below the 600 pixels its stated height was for, and the words run longer; on a wide screen the stated
    /// height, an estimate a little above, becomes the laid-out one. The footer, the link to read on, is inside it.
    /// </summary>
    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task WordPressSizesTheFrameByTheHeightTheEmbedSends(int width)
    {
        var (page, stated) = await PostWithEmbed("/paper/commitments/4", width);
        // The wait is for WordPress's script to have applied a height the frame sent; without one it fails, at 20 s.
        await page.WaitForFunctionAsync("() => (window.__heights || []).length > 0", null, new() { Timeout = 20_000 });
        var frame = page.Frames.Single(f => f.Url.Contains("/embed/paper/commitments/4", StringComparison.Ordinal));
        // Each height the frame sends is the embed's at the frame's width; wait for the last to have been laid out.
        await page.WaitForFunctionAsync("() => { const f = document.querySelector('iframe'); return f.clientHeight == +f.height; }");
        var applied = await page.EvalOnSelectorAsync<int>("iframe", "f => +f.height");
        var needed = await frame.EvaluateAsync<int>("() => { document.documentElement.classList.add('measuring'); const h = Math.ceil(document.querySelector('main').getBoundingClientRect().bottom); document.documentElement.classList.remove('measuring'); return h; }");
        var footer = await frame.EvaluateAsync<double>("() => document.querySelector('.embed-quote footer').getBoundingClientRect().bottom");
        Assert.Equal(Math.Clamp(needed, 200, 1000), applied);
        Assert.True(footer <= applied, $"the footer ends at {footer}px in a {applied}px frame");
        if (width == 390) Assert.True(applied > stated, $"on a phone the frame kept {applied}px, the {stated}px stated for 600px wide");
        await Screenshot(page, $"wordpress-embed-{width}");
        var (dark, _) = await PostWithEmbed("/paper/commitments/4", width, ColorScheme.Dark);
        await dark.WaitForFunctionAsync("() => (window.__heights || []).length > 0", null, new() { Timeout = 20_000 });
        await Screenshot(dark, $"wordpress-embed-{width}-dark");
    }

    /// <summary>A link in the sandboxed frame, which could not open itself (target="_top"), opens the passage in the reader's window through WordPress.</summary>
    [SkippableFact]
    public async Task ALinkInTheFrameOpensThePassageInTheReadersWindow()
    {
        var (page, _) = await PostWithEmbed("/paper/commitments/4", 1280);
        await page.WaitForFunctionAsync("() => (window.__heights || []).length > 0", null, new() { Timeout = 20_000 });
        await page.FrameLocator("iframe").GetByRole(AriaRole.Link, new() { Name = "Read it on GsiPortal" }).ClickAsync();
        await page.WaitForURLAsync(Fixture.BaseUrl + "/paper/commitments/4", new() { Timeout = 20_000 });
    }

    /// <summary>A sentence's address pasted: WordPress asks the provider with the address as pasted, fragment and all, and frames the sentence.</summary>
    [SkippableFact]
    public async Task ASentencesAddressEmbedsTheSentence()
    {
        var (page, _) = await PostWithEmbed("/paper/commitments/4#s3", 1280);
        await page.WaitForFunctionAsync("() => (window.__heights || []).length > 0", null, new() { Timeout = 20_000 });
        var frame = page.Frames.Single(f => f.Url.Contains("/embed/paper/commitments/4/s3", StringComparison.Ordinal));
        var text = await frame.Locator(".embed-text p").AllInnerTextsAsync();
        Assert.Equal(["Security of one country should not come at the expense of that of others."], text);
    }

    private void Serve(string html) => otherSite.Serve(html);

    public void Dispose() => otherSite.Dispose();
}
