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
    public static PortalSnapshot Build(ContentLibrary library)
    {
        var index = Task.Run(() => PortalIndex.Build(library));
        var links = Task.Run(() => new CrossReferences(library));
        var terms = new KeyTerms(library);
        var quotes = new QuoteChecker(library);
        return new(library, index.GetAwaiter().GetResult(), quotes, links.GetAwaiter().GetResult(), terms, DateTimeOffset.UtcNow);
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
    private readonly Lock reloading = new();

    public string Folder { get; } = ContentFolder.Resolve(options.Value.ContentPath, environment.ContentRootPath);

    public PortalSnapshot Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("Content has not been loaded.");

    public ContentLibrary Library => Current.Library;

    public PortalIndex Index => Current.Index;

    /// <summary>The problems of the last load that failed, while the previous content goes on serving; empty when the last load succeeded.</summary>
    public IReadOnlyList<ContentError> Problems { get; private set; } = [];

    /// <summary>Raised after a new snapshot is in place.</summary>
    public event Action<PortalSnapshot>? Changed;

    /// <summary>Reads and indexes the content folder; false, with every problem logged, when it is broken.</summary>
    public bool Load()
    {
        lock (reloading)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = ContentLoader.Load(Folder);
            if (!result.IsValid)
            {
                Problems = result.Errors;
                foreach (var error in result.Errors)
                    logger.LogError("Content problem in {File} line {Line}: {Message}", error.File, error.Line, error.Message);
                if (current is not null) logger.LogWarning("Keeping content version {Version} in service", current.Library.Version);
                return false;
            }
            var library = result.Library!;
            if (current?.Library.Version == library.Version)
            {
                Problems = [];
                return true;
            }
            var snapshot = PortalSnapshot.Build(library);
            var previous = Interlocked.Exchange(ref current, snapshot);
            Problems = [];
            // Searches in flight hold their own reference to the old searcher; disposing the manager
            // releases only its own, so they finish undisturbed.
            previous?.Index.Dispose();
            logger.LogInformation("Loaded content version {Version} from {Folder}: {Documents} documents, {Units} search units in {Elapsed:0} ms",
                library.Version, Folder, library.Documents.Count, snapshot.Index.UnitCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Changed?.Invoke(snapshot);
            return true;
        }
    }

    public void Dispose() => current?.Index.Dispose();
}
