using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The linker script on another site's page: a fixture page served by a server of its own on another loopback
/// port (another origin), so every request the script makes to this site is a real cross-origin one under CORS.
/// (A page faked by a route would count as a public site, which Chromium forbids to reach loopback at all.)
/// </summary>
public sealed class LinkerTests(BrowserFixture fixture) : BrowserTest(fixture), IDisposable
{
    private System.Net.HttpListener? otherSite;
    private string OtherSite = "";

    private void ServeOtherSite(string html)
    {
        for (var attempt = 0; otherSite is null; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            var listener = new System.Net.HttpListener();
            listener.Prefixes.Add($"http://localhost:{port}/");
            try { listener.Start(); } catch (System.Net.HttpListenerException) when (attempt < 20) { continue; }
            otherSite = listener;
            OtherSite = $"http://localhost:{port}";
        }
        var listening = otherSite;
        _ = Task.Run(async () =>
        {
            while (listening.IsListening)
            {
                System.Net.HttpListenerContext context;
                try { context = await listening.GetContextAsync(); } catch (Exception) { return; }
                var bytes = System.Text.Encoding.UTF8.GetBytes(html);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public void Dispose() => otherSite?.Close();

    private async Task<IPage> OtherSitesPage()
    {
        var page = await NewPage();
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>An article elsewhere</title>
            <script src="{{Fixture.BaseUrl}}/js/linker.js" defer></script></head>
            <body><main>
              <h1>On indivisible security</h1>
              <p id="short">The paper's GSI II.4 restates the idea of indivisible security.</p>
              <p id="long">See the Global Security Initiative Concept Paper, priority 8 on outer space.</p>
              <p id="link">Its <a href="{{Fixture.BaseUrl}}/commentaries/lei-kezhong#p2">second paragraph</a> says more.</p>
              <p id="none">GSI IX.40 and GSI II.99 name nothing; <code>GSI II.4</code> in code is left alone.</p>
            </main></body></html>
            """;
        ServeOtherSite(html);
        await page.GotoAsync($"{OtherSite}/article");
        await page.WaitForSelectorAsync("#short a[data-gsi-reference]");
        return page;
    }

    [SkippableFact]
    public async Task ReferencesInTheTextBecomeLinksToThePassage()
    {
        var page = await OtherSitesPage();
        Assert.Equal($"{Fixture.BaseUrl}/ref/II.4", await page.GetAttributeAsync("#short a", "href"));
        Assert.Equal($"{Fixture.BaseUrl}/ref/priority%208", await page.GetAttributeAsync("#long a", "href"));
        Assert.Equal("Global Security Initiative Concept Paper, priority 8", await page.TextContentAsync("#long a"));
        Assert.Equal(0, await page.Locator("code a").CountAsync());
        Assert.Equal(1, await page.Locator("#none a").CountAsync()); // II.99 is linked (the site answers it with a 404 page); IX.40 is no part
    }

    [SkippableFact]
    public async Task APopoverShowsTheWordsAndTheCitationAndEscapeReturnsFocus()
    {
        var page = await OtherSitesPage();
        await page.FocusAsync("#short a");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("blockquote").WaitForAsync();
        Assert.Contains("Humanity is an indivisible security community.", await dialog.Locator("blockquote").TextContentAsync());
        Assert.Contains("Global Security Initiative Concept Paper", await dialog.TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#short a", "aria-expanded"));
        await Screenshot(page, "linker-popover");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
        Assert.Equal("short", await page.EvaluateAsync<string>("() => document.activeElement.closest('p').id"));
    }

    [SkippableFact]
    public async Task ALinkToACommentaryParagraphShowsThatParagraph()
    {
        var page = await OtherSitesPage();
        await page.ClickAsync("#link a");
        var quote = page.GetByRole(AriaRole.Dialog).Locator("blockquote");
        await quote.WaitForAsync();
        Assert.Contains("Basotho", await quote.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal($"{OtherSite}/article", page.Url);
    }
}
