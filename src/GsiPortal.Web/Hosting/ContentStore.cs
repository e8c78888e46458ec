using GsiPortal.Core.Content;
using GsiPortal.Core.Links;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Search;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>The library and its index for one content version, swapped as a whole.</summary>
public sealed record PortalSnapshot(ContentLibrary Library, PortalIndex Index, QuoteChecker Quotes, CrossReferences Links, KeyTerms Terms, DateTimeOffset LoadedAt)
{
    /// <summary>Everything derived from one library, built once; the index and the cross-references side by side, to start sooner.</summary>
    public static PortalSnapshot Build(ContentLibrary library, ILogger logger)
    {
        // Dedicated threads, not the thread pool: at start-up the pool's few threads are needed to start the server.
        var index = Task.Factory.StartNew(() => Timed("search index", () => PortalIndex.Build(library), logger), TaskCreationOptions.LongRunning);
        var links = Task.Factory.StartNew(() => Timed("cross-references", () => new CrossReferences(library), logger), TaskCreationOptions.LongRunning);
        var terms = Timed("key terms", () => new KeyTerms(library), logger);
        var quotes = Timed("quote checker", () => new QuoteChecker(library), logger);
        return new(library, index.GetAwaiter().GetResult(), quotes, links.GetAwaiter().GetResult(), terms, DateTimeOffset.UtcNow);
    }

    private static T Timed<T>(string what, Func<T> build, ILogger logger)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var built = build();
        logger.LogDebug("Built the {What} in {Elapsed:0} ms", what, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return built;
    }
}

/// <summary>
/// Holds the current content and search index. Every request reads one immutable snapshot, so nothing is
/// parsed, indexed or read from disk per request. A reload builds a whole new snapshot and swaps it in
/// atomically; a broken edit keeps the last good snapshot serving and records its problems.
/// </summary>
public sealed class ContentStore(IOptions<PortalOptions> options, IWebHostEnvironment environment, ILogger<ContentStore> logger) : IDisposable
{
    private PortalSnapshot? current;
    private Task<PortalSnapshot>? firstBuild;
    private readonly Lock reloading = new();

    public string Folder { get; } = ContentFolder.Resolve(options.Value.ContentPath, environment.ContentRootPath);

    /// <summary>
    /// The snapshot in service. At start-up the index and cross-references are still being built while the server
    /// starts listening; the first requests wait for them rather than find them missing.
    /// </summary>
    public PortalSnapshot Current => Volatile.Read(ref current)
        ?? firstBuild?.GetAwaiter().GetResult()
        ?? throw new InvalidOperationException("Content has not been loaded.");

    public ContentLibrary Library => Current.Library;

    public PortalIndex Index => Current.Index;

    /// <summary>The problems of the last load that failed, while the previous content goes on serving; empty when the last load succeeded.</summary>
    public IReadOnlyList<ContentError> Problems { get; private set; } = [];

    /// <summary>Raised after a new snapshot is in place.</summary>
    public event Action<PortalSnapshot>? Changed;

    /// <summary>
    /// Reads and checks the content folder, then indexes it; false, with every problem logged, when it is broken.
    /// The first load checks at once (a broken library must stop the start-up) and builds the rest in the background,
    /// so the server starts listening meanwhile; a reload builds everything before it swaps.
    /// </summary>
    public bool Load()
    {
        lock (reloading)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = ContentLoader.Load(Folder);
            logger.LogDebug("Read and checked {Folder} in {Elapsed:0} ms", Folder, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!result.IsValid)
            {
                Problems = result.Errors;
                foreach (var error in result.Errors)
                    logger.LogError("Content problem in {File} line {Line}: {Message}", error.File, error.Line, error.Message);
                if (current is not null) logger.LogWarning("Keeping content version {Version} in service", current.Library.Version);
                return false;
            }
            var library = result.Library!;
            if (Volatile.Read(ref current)?.Library.Version == library.Version)
            {
                Problems = [];
                return true;
            }
            Problems = [];
            if (current is null && firstBuild is null)
            {
                firstBuild = Task.Factory.StartNew(() =>
                {
                    var snapshot = PortalSnapshot.Build(library, logger);
                    // A reload that finished first has put newer content in service: keep it.
                    if (Interlocked.CompareExchange(ref current, snapshot, null) is { } newer)
                    {
                        snapshot.Index.Dispose();
                        return newer;
                    }
                    Announce(snapshot, started);
                    return snapshot;
                }, TaskCreationOptions.LongRunning);
                return true;
            }
            Swap(PortalSnapshot.Build(library, logger), started);
            return true;
        }
    }

    private void Swap(PortalSnapshot snapshot, long started)
    {
        var previous = Interlocked.Exchange(ref current, snapshot);
        // Searches in flight hold their own reference to the old searcher; disposing the manager
        // releases only its own, so they finish undisturbed.
        previous?.Index.Dispose();
        Announce(snapshot, started);
    }

    private void Announce(PortalSnapshot snapshot, long started)
    {
        logger.LogInformation("Loaded content version {Version} from {Folder}: {Documents} documents, {Units} search units in {Elapsed:0} ms",
            snapshot.Library.Version, Folder, snapshot.Library.Documents.Count, snapshot.Index.UnitCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Changed?.Invoke(snapshot);
    }

    public void Dispose() => current?.Index.Dispose();
}
