using System.Diagnostics;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// The site on the real content with this repository's git history imported, as a fresh deployment reads it: a class
/// fixture (one site per test class), which waits for the import's task, never for a time, and fails rather than
/// serve a list of one edition, since the tests that use it are about the real history.
/// </summary>
public sealed class ImportedHistory : IAsyncLifetime
{
    private readonly PortalFactory factory;

    public ImportedHistory() => factory = new PortalFactory { Settings = new() { ["Portal:ImportGitHistory"] = "true" }, Clock = Clock };

    /// <summary>The site's clock: the system's until a test moves it on (<see cref="ReaderClock.Advance"/>).</summary>
    public ReaderClock Clock { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The catalog the site read after the import: the archive's own lists, to check the pages against.</summary>
    public Core.Editions.EditionCatalog Catalog => factory.Services.GetRequiredService<EditionArchiving>().Catalog;

    public async Task InitializeAsync()
    {
        Client = factory.CreateClient();
        await Client.GetAsync("/");
        var import = factory.Services.GetRequiredService<GitHistoryImport>();
        await import.Completion.WaitAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(GitHistoryKind.Imported, import.State.Kind);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The system's clock moved on by hand: the rate of earlier editions' builds is counted in it, so a reader's pace (a
    /// few seconds on each page) is stepped, never waited for.
    /// </summary>
    public sealed class ReaderClock : TimeProvider
    {
        private long skipped; // in Stopwatch ticks
        public void Advance(TimeSpan by) => Interlocked.Add(ref skipped, (long)(by.TotalSeconds * Stopwatch.Frequency));
        public override long TimestampFrequency => Stopwatch.Frequency;
        public override long GetTimestamp() => Stopwatch.GetTimestamp() + Interlocked.Read(ref skipped);
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddSeconds(Interlocked.Read(ref skipped) / (double)Stopwatch.Frequency);
    }
}
