using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>The library and its index for one content version, swapped as a whole.</summary>
public sealed record PortalSnapshot(ContentLibrary Library, PortalIndex Index);

/// <summary>
/// Holds the current content and search index. Loaded once at start-up; every request reads the same
/// immutable snapshot, so nothing is parsed, indexed or read from disk per request.
/// </summary>
public sealed class ContentStore(IOptions<PortalOptions> options, IWebHostEnvironment environment, ILogger<ContentStore> logger) : IDisposable
{
    private PortalSnapshot? current;

    public string Folder { get; } = ContentFolder.Resolve(options.Value.ContentPath, environment.ContentRootPath);

    public PortalSnapshot Current => current ?? throw new InvalidOperationException("Content has not been loaded.");

    public ContentLibrary Library => Current.Library;

    public PortalIndex Index => Current.Index;

    /// <summary>Reads and indexes the content folder; false, with every problem logged, when it is broken.</summary>
    public bool Load()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = ContentLoader.Load(Folder);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
                logger.LogError("Content problem in {File} line {Line}: {Message}", error.File, error.Line, error.Message);
            return false;
        }
        var previous = Interlocked.Exchange(ref current, new PortalSnapshot(result.Library!, PortalIndex.Build(result.Library!)));
        previous?.Index.Dispose();
        logger.LogInformation("Loaded content version {Version} from {Folder}: {Documents} documents, {Units} search units in {Elapsed:0} ms",
            result.Library!.Version, Folder, result.Library.Documents.Count, Current.Index.UnitCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return true;
    }

    public void Dispose() => current?.Index.Dispose();
}
