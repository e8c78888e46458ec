using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The site's side of the archive: stores each edition the content store is about to put in service, keeps the
/// catalog (the editions listed, their passage history) that pages read, and leases earlier editions. Every failure
/// to write or read the archive is a reported problem, never a reason not to serve the current edition.
/// </summary>
public sealed class EditionArchiving : IDisposable
{
    private readonly ILogger<EditionArchiving> logger;
    private readonly TimeProvider clock;
    private EditionCatalog catalog = EditionCatalog.Empty;

    public EditionArchiving(IOptions<PortalOptions> options, IWebHostEnvironment environment, TimeProvider clock, ILogger<EditionArchiving> logger, AtomicFiles? files = null)
    {
        this.logger = logger;
        this.clock = clock;
        var content = ContentFolder.Resolve(options.Value.ContentPath, environment.ContentRootPath);
        Archive = new EditionArchive(FolderFor(options.Value.ArchivePath, content), files);
        var o = options.Value;
        Earlier = new EarlierEditions(Archive, new EarlierEditionLimits(o.EarlierEditionsKept, (long)Math.Max(1, o.EarlierEditionsMegabytes) << 20, o.EditionBuildQueue, o.EditionBuildsPerMinute, o.EditionBuildsPerClientPerMinute), clock);
        BuildWait = TimeSpan.FromSeconds(Math.Max(1, options.Value.EditionBuildWaitSeconds));
    }

    /// <summary>The configured archive folder, or one beside the content folder named after it (<c>content</c>: <c>content-archive</c>).</summary>
    public static string FolderFor(string configured, string contentFolder) =>
        configured.Length > 0 ? Path.GetFullPath(configured) : Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentFolder)) + "-archive";

    public EditionArchive Archive { get; }
    public EarlierEditions Earlier { get; }
    public TimeSpan BuildWait { get; }

    /// <summary>The archive as read when the current edition was put in service.</summary>
    public EditionCatalog Catalog => Volatile.Read(ref catalog);

    /// <summary>Why the last attempt to archive an edition failed (a full disk, a folder not writable); null when it succeeded.</summary>
    public string? ArchivingProblem { get; private set; }

    /// <summary>The last problem reading an archived edition a reader asked for (for /readyz).</summary>
    public ArchiveProblem? LastReadProblem { get; private set; }

    /// <summary>Stores an edition about to be put in service and reads the catalog again. Called on the build thread, before the swap.</summary>
    public void Archiving(Edition edition) => Archiving(edition.Library);

    /// <summary>
    /// The same for the library an edition is being built from: what is stored is the library, so the first edition's
    /// is stored beside its build, still before it is served.
    /// </summary>
    public void Archiving(ContentLibrary library)
    {
        Earlier.Antonyms = library.AntonymsText;
        try
        {
            Archive.Store(library, clock.GetUtcNow(), "site");
            ArchivingProblem = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            ArchivingProblem = $"edition {library.Version} could not be archived in {Archive.Folder}: {e.Message}";
            logger.LogError(e, "Edition {Version} could not be archived in {Folder}; it is served all the same", library.Version, Archive.Folder);
        }
        RefreshCatalog();
    }

    /// <summary>
    /// Reads the archive's catalog again (after an edition is archived, or the git history imported). One at a time, so
    /// that a slower read begun earlier never replaces a later one; each read is a new <see cref="CatalogGeneration"/>.
    /// </summary>
    public void RefreshCatalog()
    {
        lock (refreshing)
        {
            try
            {
                Volatile.Write(ref catalog, EditionCatalog.Read(Archive));
                Interlocked.Increment(ref generation);
            }
            catch (Exception e)
            {
                logger.LogError(e, "The archive in {Folder} could not be read; earlier editions are not listed", Archive.Folder);
            }
        }
    }

    /// <summary>
    /// Which reading of the catalog is current: cached pages are keyed by it as well as by the edition, since the
    /// editions list, the banners and the passages' history are the catalog's (an import changes them, not the edition).
    /// </summary>
    public int CatalogGeneration => Volatile.Read(ref generation);

    private readonly Lock refreshing = new();
    private int generation;

    /// <summary>Notes a problem a reader met with an archived edition.</summary>
    public void Report(ArchiveProblem problem)
    {
        LastReadProblem = problem;
        logger.LogError("Archived edition problem ({Kind}): {Reason}", problem.Kind, problem.Reason);
    }

    public void Dispose() => Earlier.Dispose();
}
