using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests;

/// <summary>
/// The site in a test host, on the real content unless a test names another folder. Tests on the real content
/// with default settings share one instance (<see cref="RealSite"/>); others make their own.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>A content folder other than the real one, for fixtures.</summary>
    public string? ContentPath { get; init; }

    /// <summary>Settings for this host, on top of appsettings ("RateLimiting:PermitLimit" = "3").</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Whether the host watches its content folder; off unless a test is about live content.</summary>
    public bool WatchContent { get; init; }

    /// <summary>The host's clock instead of the system's (see <see cref="StoppedClock"/>): for tests whose answer depends on the time.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (ContentPath is not null) builder.UseSetting("Portal:ContentPath", ContentPath);
        // Each host archives into a folder of its own (beside a test's content copy, else a temporary one), so that no
        // test reads the archive a developer seeded in content-archive/, and tests never write there.
        if (!Settings.ContainsKey("Portal:ArchivePath")) builder.UseSetting("Portal:ArchivePath", ContentPath is not null ? ContentPath + "-archive" : ownArchive.Value);
        builder.UseSetting("Portal:WatchContent", WatchContent ? "true" : "false");
        // A host keeps no derived files between starts (a fresh temporary archive would only write them): a test
        // about them turns it on.
        builder.UseSetting("Portal:KeepDerived", "false");
        // The real content is in a git work tree: a host would read its history in the background, changing the
        // editions listed while a test reads them. Tests of the import turn it on.
        builder.UseSetting("Portal:ImportGitHistory", "false");
        builder.UseSetting("RateLimiting:PermitLimit", "100000");
        // Search by meaning loads a 200 MB model: off unless a test is about it (it sets "Portal:MeaningSearch").
        builder.UseSetting("Portal:MeaningSearch", "false");
        // A request waits for the first edition at start-up, and is answered 503 after 30 s. On a machine at load 40,
        // with other tests' hosts building theirs, a build can take longer: here the wait is only a bound against a hang.
        builder.UseSetting("Portal:StartupWaitSeconds", "300");
        // Likewise a request for an earlier edition waits up to 30 s for its build (0.6 s on a quiet machine), then 503.
        builder.UseSetting("Portal:EditionBuildWaitSeconds", "300");
        // And a request's work stops after 10 s of the wall clock (503): at load 40 a check of a second's CPU can take
        // longer, so the fuzz and growth tests, which must never see a 5xx, would. RequestBudgetTests spends it by a clock.
        builder.UseSetting("Portal:RequestBudgetMilliseconds", "300000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // The test server has no client address: take one from a test header, so per-client limits can be tested.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        if (Clock is not null) builder.ConfigureServices(services => services.AddSingleton(Clock));
    }

    private readonly Lazy<string> ownArchive = new(() => Directory.CreateTempSubdirectory("gsiportal-test-archive-").FullName);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownArchive.IsValueCreated)
            try { Directory.Delete(ownArchive.Value, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// The edition in service, once the host has built its first: reading the content store straight after the host
    /// starts finds none yet (a test run alone read null; in the full run an earlier test's request had waited for it).
    /// The wait is bounded only against a hang, as a request's wait is (<c>Portal:StartupWaitSeconds</c>).
    /// </summary>
    public async Task<GsiPortal.Core.Editions.Edition> EditionInServiceAsync()
    {
        var store = Services.GetRequiredService<GsiPortal.Web.Hosting.ContentStore>();
        await store.FirstEdition.WaitAsync(TimeSpan.FromMinutes(5));
        return store.InService ?? throw new InvalidOperationException("The host built no edition: " + string.Join("; ", store.Problems.Select(p => p.ToString())));
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>Sets the connection's remote address from <c>X-Test-Client</c> (default 192.0.2.1) before anything else runs.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var given = context.Request.Headers[Header].ToString();
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(given.Length > 0 ? given : "192.0.2.1");
            return nextMiddleware(context);
        });
        next(app);
    };
}
