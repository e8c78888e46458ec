using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>Base of the browser tests, on the site with search by meaning off.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : PageTest(fixture);

/// <summary>Base of every browser test: skips when no browser is installed, and keeps screenshots as artifacts.</summary>
public abstract class PageTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IPage> pages = [];

    protected BrowserFixture Fixture => fixture;

    /// <summary>A fresh page; closed with its context when the test ends, so no renderer outlives its test.</summary>
    protected async Task<IPage> NewPage(Viewport viewport = Viewport.Desktop, ColorScheme scheme = ColorScheme.Light)
    {
        Skip.IfNot(fixture.Available, fixture.Reason);
        var page = await fixture.NewPage(viewport, scheme);
        pages.Add(page);
        return page;
    }

    protected async Task<IPage> Open(string address, Viewport viewport = Viewport.Desktop, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await NewPage(viewport, scheme);
        await page.GotoAsync(address);
        return page;
    }

    /// <summary>
    /// Opens the address with its scripts held until the returned source is set, and its layout shifts recorded in
    /// <c>window.__shifts</c>; returns once the page has first painted, so whatever the scripts do comes after the
    /// reader has seen it. Held until the first paint, not for a fixed time: scripts let go after 5 s even unpainted
    /// reached a loaded machine, so the order was not certain; the minute is a bound against a hang. Chromium's mobile
    /// emulation reports no layout shift from a script's insertion (measured: the tools grew by 82 px on /paper and no
    /// entry came), so the phone is a desktop context at the phone's width.
    /// </summary>
    protected async Task<(IPage Page, TaskCompletionSource ReleaseScripts)> OpenWithScriptsHeld(string address, Viewport viewport)
    {
        var page = await NewPage();
        if (viewport == Viewport.Phone) await page.SetViewportSizeAsync(390, 844);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/*.js", async route =>
        {
            await Task.WhenAny(release.Task, Task.Delay(TimeSpan.FromMinutes(1)));
            await route.ContinueAsync();
        });
        await page.AddInitScriptAsync("""
            window.__shifts = [];
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e); })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('paint').some(e => e.name === 'first-contentful-paint')");
        return (page, release);
    }

    /// <summary>
    /// Waits for the page's load event by asking the document, not Playwright's lifecycle events: on a loaded machine
    /// WaitForLoadStateAsync(Load) could miss a "load" that arrived while it began waiting, and then waited for the
    /// next lifecycle event that never came (CI, 7 December 2026: "NetworkIdle" fired and the wait timed out at 90 s).
    /// </summary>
    protected static Task Loaded(IPage page) => page.WaitForFunctionAsync("() => document.readyState === 'complete'");

    /// <summary>The layout shifts recorded by <see cref="OpenWithScriptsHeld"/>: their sum, and each with its sources, for a failure's message.</summary>
    protected static async Task<(double Total, string Each)> LayoutShifts(IPage page) =>
        (await page.EvaluateAsync<double>("() => window.__shifts.reduce((t, e) => t + e.value, 0)"),
         await page.EvaluateAsync<string>("""
            () => window.__shifts.map(e => e.value.toFixed(4) + ' ' + e.sources.map(s => s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?').join(',')).join('; ')
            """));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in pages) await page.Context.CloseAsync();
    }

    protected static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true });

    /// <summary>
    /// Does something that navigates and waits until the new address is committed and its document parsed. Waiting
    /// for the "load" event after the fact raced on a loaded machine (the event could fire before the wait began).
    /// </summary>
    protected static async Task FollowTo(IPage page, Func<Task> action, string urlGlob)
    {
        await Task.WhenAll(page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit }), action());
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    protected static async Task FollowTo(IPage page, Func<Task> action, Func<string, bool> url)
    {
        await Task.WhenAll(page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit }), action());
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// Waits until the element's box lies (at least partly) inside the viewport: for a scroll the browser or a script
    /// makes after the document is parsed (to a fragment, to a mark), which a loaded machine makes late. False if it
    /// never does (the bound is generous for a loaded machine).
    /// </summary>
    protected static async Task<bool> ComesIntoView(IPage page, string selector)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const r = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}).getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }}",
                null, new() { Timeout = 30_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>True when the element's box lies (at least partly) inside the viewport.</summary>
    protected static Task<bool> InView(IPage page, string selector) =>
        page.EvaluateAsync<bool>($"() => {{ const r = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}).getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }}");

    protected static Task<bool> ScrollsSideways(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    /// <summary>The elements that stick out past the right edge, for a failure message.</summary>
    protected static Task<string> Overflowing(IPage page) =>
        page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
            """);

    /// <summary>Waits until the element is in the viewport (smooth scrolling takes a moment; the bound is generous for a loaded machine).</summary>
    protected static async Task<bool> ScrolledIntoView(IPage page, string selector)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const r = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}).getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight * 0.6; }}",
                null, new() { Timeout = 30_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
