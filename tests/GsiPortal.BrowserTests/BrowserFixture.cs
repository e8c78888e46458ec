using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>
/// The site served by Kestrel on a loopback port, and Debian's Chromium driven by Playwright (which cannot
/// download its own browser here). Without Chromium the tests are skipped with a reason that says how to enable
/// them — unless <c>GSIPORTAL_REQUIRE_BROWSER=1</c> (set by .ci/run), when a missing browser is a failure.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; <c>GSIPORTAL_CHROMIUM</c> names another (or a missing one, to see the tests skip).</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("GSIPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly WebApplicationFactory<Program> site;
    private readonly bool meaning;
    private IPlaywright? playwright;

    public BrowserFixture() : this(meaning: false) { }

    /// <summary>With search by meaning on or off (off for every browser test but those about it: the model is 200 MB).</summary>
    protected BrowserFixture(bool meaning)
    {
        this.meaning = meaning;
        site = new SiteFactory(meaning);
    }

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public bool Available { get; private set; }
    public string Reason { get; private set; } = "";

    public static string Artifacts { get; } = Repository.Path("tests/artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Reason = $"Browser tests need Debian's Chromium at {ChromiumPath}: install it with 'apt-get install chromium' (CI does).";
            if (Environment.GetEnvironmentVariable("GSIPORTAL_REQUIRE_BROWSER") == "1") throw new InvalidOperationException(Reason);
            return;
        }
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        BaseUrl = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        // The first edition is built in the background: wait for it here, so that no test's first navigation does.
        using (var ready = new HttpClient { BaseAddress = new Uri(BaseUrl) })
            for (var i = 0; i < 3000 && (await ready.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);
        if (meaning)
        {
            // And for the passages' vectors, so that a search's meaning section can be filled.
            using var lease = await site.Services.GetRequiredService<GsiPortal.Web.Hosting.ContentStore>().LeaseAsync(CancellationToken.None);
            await site.Services.GetRequiredService<GsiPortal.Web.Hosting.PortalMeaning>().Prepare(lease!.Edition);
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
        Directory.CreateDirectory(Artifacts);
        Available = true;
    }

    /// <summary>A fresh page at a desktop or phone size, in the light or dark colour scheme.</summary>
    public async Task<IPage> NewPage(Viewport viewport = Viewport.Desktop, ColorScheme scheme = ColorScheme.Light)
    {
        var size = viewport == Viewport.Phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 };
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = size, ColorScheme = scheme, BaseURL = BaseUrl, IsMobile = viewport == Viewport.Phone, HasTouch = viewport == Viewport.Phone,
        });
        // Playwright's 30 s for a navigation or a wait is tight for a throttled phone at load 40: a bound against a
        // hang only, as every wait here is for something that must come.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await site.DisposeAsync();
    }

    private sealed class SiteFactory(bool meaning) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Portal:WatchContent", "false");
            // Not the repository's history: the editions listed must not change while the browser reads them.
            builder.UseSetting("Portal:ImportGitHistory", "false");
            builder.UseSetting("RateLimiting:Enabled", "false");
            // Search by meaning loads a 200 MB model: on only for the tests about it (MeaningBrowserFixture).
            builder.UseSetting("Portal:MeaningSearch", meaning ? "true" : "false");
            // A bound against a hang only (30 s by default): at load 40 the first edition can take longer.
            builder.UseSetting("Portal:StartupWaitSeconds", "300");
        }
    }
}

public enum Viewport { Desktop, Phone }

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The site with search by meaning on, its passages embedded before the first test.</summary>
public sealed class MeaningBrowserFixture() : BrowserFixture(meaning: true);

[CollectionDefinition(Name)]
public sealed class MeaningBrowserCollection : ICollectionFixture<MeaningBrowserFixture>
{
    public const string Name = "browser, search by meaning on";
}
