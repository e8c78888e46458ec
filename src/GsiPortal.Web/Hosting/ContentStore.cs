using GsiPortal.Core.Content;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Editions;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Loads the content folder into editions and keeps the one in service. A reload builds a whole new edition and
/// swaps it in; a broken edit keeps the last good edition serving and records its problems. Requests never read
/// the store directly: <see cref="EditionScope"/> leases them one edition each.
/// </summary>
public sealed class ContentStore(IOptions<PortalOptions> options, IWebHostEnvironment environment, PortalMetrics metrics, EditionArchiving archiving, ILogger<ContentStore> logger) : IDisposable
{
    private readonly EditionHolder holder = new();
    private readonly TaskCompletionSource firstEdition = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock reloading = new();

    public string Folder { get; } = ContentFolder.Resolve(options.Value.ContentPath, environment.ContentRootPath);

    /// <summary>Where the edition's derived files are kept between starts (<see cref="PortalOptions.DerivedPath"/>); null when they are not.</summary>
    public DerivedCache? Derived { get; } = options.Value.KeepDerived
        ? new DerivedCache(DerivedFolder(options.Value.DerivedPath, archiving.Archive.Folder),
            (message, exception) => logger.LogWarning(exception, "Derived files: {Problem}", message))
        : null;

    /// <summary>The derived files' folder: the one configured, else beside the archive's.</summary>
    public static string DerivedFolder(string configured, string archiveFolder) =>
        configured.Length > 0 ? Path.GetFullPath(configured) : Path.TrimEndingDirectorySeparator(archiveFolder) + "-derived";

    /// <summary>The edition in service, for a look (health, logs); null until the first is built. Requests lease instead.</summary>
    public Edition? InService => holder.Current;

    /// <summary>The problems of the last load that failed, while the previous content goes on serving; empty when the last load succeeded.</summary>
    public IReadOnlyList<ContentError> Problems { get; private set; } = [];

    /// <summary>The warnings of the last load that succeeded (an entry of the subject index or of the readers' questions left out): served, and said on /readyz.</summary>
    public IReadOnlyList<ContentError> Warnings { get; private set; } = [];

    /// <summary>The limits each content file is read within (<see cref="PortalOptions.MaxContentFileBytes"/>).</summary>
    public ContentLimits Limits { get; } = options.Value.ContentLimits;

    /// <summary>When the load under way began (UTC), so that a slow reload is seen on /readyz; null while none runs.</summary>
    public DateTimeOffset? ReloadingSince => Volatile.Read(ref reloadingSince) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    private long reloadingSince;

    /// <summary>
    /// Records a failure outside a load (the watcher's own, such as its digest of the folder), as a problem shown on
    /// /readyz while the edition in service goes on serving.
    /// </summary>
    public void Fail(ContentError problem) => Problems = [problem];

    /// <summary>Completes when the first edition is in service (or could not be built): work that must not slow the start-up waits for it.</summary>
    public Task FirstEdition => firstEdition.Task;

    /// <summary>Raised after a new edition is in service.</summary>
    public event Action<Edition>? Changed;

    /// <summary>A hold on the edition in service, if there is one yet; null at start-up, before the first edition.</summary>
    public EditionLease? TryLease() => holder.TryLease();

    /// <summary>
    /// A hold on the edition in service. At start-up, waits (without blocking a thread) for the first edition,
    /// up to <see cref="PortalOptions.StartupWaitSeconds"/>; null if it is still not ready.
    /// </summary>
    public async ValueTask<EditionLease?> LeaseAsync(CancellationToken cancellation)
    {
        if (holder.TryLease() is { } lease) return lease;
        try
        {
            await firstEdition.Task.WaitAsync(TimeSpan.FromSeconds(options.Value.StartupWaitSeconds), cancellation);
        }
        catch (TimeoutException)
        {
            return null;
        }
        return holder.TryLease();
    }

    /// <summary>
    /// Reads and checks the content folder, then builds its edition; false, with every problem logged, when it is broken.
    /// The first load checks at once (a broken library must stop the start-up) and builds the edition in the background,
    /// so the server starts listening meanwhile; a reload builds everything before it swaps.
    /// </summary>
    public bool Load() => Load(null);

    /// <summary>
    /// As <see cref="Load()"/>, taking the read begun early at start-up (<see cref="ContentReadAhead"/>) where it read
    /// this store's folder within its limits.
    /// </summary>
    public bool Load(ContentReadAhead? ahead)
    {
        Interlocked.CompareExchange(ref reloadingSince, DateTimeOffset.UtcNow.UtcTicks, 0);
        try
        {
            var loaded = LoadOnce(ahead is not null && ahead.Folder == Folder && ahead.Limits == Limits ? ahead : null);
            metrics.Reload(loaded);
            return loaded;
        }
        catch (Exception e)
        {
            // Whatever a file holds, it must not stop the host: a failure nobody foresaw is reported as a problem too.
            logger.LogError(e, "Content could not be loaded from {Folder}", Folder);
            Problems = [new ContentError(Folder, 0, $"could not be loaded: {e.GetType().Name}: {e.Message}")];
            metrics.Reload(false);
            return false;
        }
        finally
        {
            Interlocked.Exchange(ref reloadingSince, 0);
        }
    }

    private bool LoadOnce(ContentReadAhead? ahead)
    {
        lock (reloading)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = ahead is not null ? ahead.Result.GetAwaiter().GetResult() : ContentLoader.Load(Folder, Limits);
            logger.LogDebug(ahead is null ? "Read and checked {Folder} in {Elapsed:0} ms" : "Read and checked {Folder} ahead, waited {Elapsed:0} ms for it",
                Folder, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!result.IsValid)
            {
                Problems = result.Errors;
                foreach (var error in result.Errors)
                    logger.LogError("Content problem in {File} line {Line}: {Message}", error.File, error.Line, error.Message);
                if (holder.Current is { } serving) logger.LogWarning("Keeping content version {Version} in service", serving.Version);
                return false;
            }
            Problems = [];
            // Warnings (the subject index's or the readers' questions' entries left out) never keep the content from being served: said, and kept for /readyz.
            Warnings = result.Warnings;
            foreach (var warning in result.Warnings)
                logger.LogWarning("Content warning in {File} line {Line}: {Message}", warning.File, warning.Line, warning.Message);
            var library = result.Library!;
            // The cache version, not the edition: a search-terms edit makes no new edition but must rebuild the index.
            if (holder.Current?.Library.CacheVersion == library.CacheVersion) return true;
            if (holder.Current is null && !firstBuildStarted)
            {
                firstBuildStarted = true;
                _ = Task.Factory.StartNew(() =>
                {
                    try
                    {
                        // Stored and the catalog read again beside the build, not after it: what is stored is the library,
                        // and at start-up a request waits for this edition, so the archive's part was the end of every
                        // first page's wait (docs/performance.md, eleventh session). Still archived before it is served (a build
                        // that throws, which no checked library has done, would leave it archived and unserved).
                        var archived = Task.Factory.StartNew(() => archiving.Archiving(library), TaskCreationOptions.LongRunning);
                        var edition = Edition.Build(library, Derived);
                        archived.GetAwaiter().GetResult();
                        // A reload that finished first has put newer content in service: keep that.
                        if (holder.PutFirst(edition)) Announce(edition, started);
                    }
                    catch (Exception e)
                    {
                        logger.LogError(e, "The first edition could not be built from {Folder}", Folder);
                        Problems = [new ContentError(Folder, 0, $"could not be indexed: {e.GetType().Name}: {e.Message}")];
                    }
                    firstEdition.TrySetResult();
                }, TaskCreationOptions.LongRunning);
                return true;
            }
            var next = Edition.Build(library, Derived);
            // Archived before it is served: a citation of it can be followed as soon as it can be made.
            archiving.Archiving(next);
            holder.Put(next);
            firstEdition.TrySetResult();
            Announce(next, started);
            return true;
        }
    }

    private bool firstBuildStarted;

    private void Announce(Edition edition, long started)
    {
        foreach (var (what, took) in edition.BuildTimes)
            logger.LogDebug("Built the {What} in {Elapsed:0} ms", what, took.TotalMilliseconds);
        // Whether the derived files were read or built: a start's time depends on it (bench/load.sh reports it).
        logger.LogInformation("Loaded content version {Version} from {Folder}: {Documents} documents, {Units} search units ({Derived}) in {Elapsed:0} ms",
            edition.Version, Folder, edition.Library.Documents.Count, edition.Search.UnitCount,
            $"index {(edition.Search.FilesKept ? "read" : "built")}, cross-references {(edition.CrossReferences.FindingsKept ? "read" : "found")}{(Derived is null ? "" : $", derived files in {Derived.Folder}")}",
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Changed?.Invoke(edition);
    }

    public void Dispose() => holder.Dispose();
}
