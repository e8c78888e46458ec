using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Hosting;

/// <summary>Settings under "Portal" in appsettings.json, bound once and read through <c>IOptions&lt;PortalOptions&gt;</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The content folder. Relative paths are looked for from the app's content root upwards, so that
    /// <c>dotnet run --project src/GsiPortal.Web</c> from the repository finds <c>content/</c>. Default "content".
    /// </summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>
    /// The public origin for canonical addresses ("https://gsi.example.org"). Empty: the request's own origin.
    /// </summary>
    public string PublicOrigin { get; set; } = "";

    /// <summary>Whether to reload the content when the folder changes. Default true.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>
    /// How often the watcher also compares the content's digest, in milliseconds: a folder swapped by symbolic link
    /// raises no file event. 0 turns polling off.
    /// </summary>
    public int ContentPollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The port of the Prometheus metrics listener (<c>/metrics</c>); 0, the default, serves no metrics. It is a
    /// listener of its own, apart from the site, so the public site never shows them.
    /// </summary>
    public int MetricsPort { get; set; }

    /// <summary>The host the metrics listener binds to: loopback unless an operator opens it to a scraper.</summary>
    public string MetricsHost { get; set; } = "127.0.0.1";

    /// <summary>
    /// The largest content file read, in bytes (default 2 MiB, about twenty times the largest text). A larger file is a
    /// content problem with its name and size, found from its size before it is opened, at start-up, on reload, in
    /// the watcher's digest and by <c>validate</c>; it is never read.
    /// </summary>
    public long MaxContentFileBytes { get; set; } = GsiPortal.Core.Content.ContentLimits.DefaultMaxFileBytes;

    /// <summary>The limits a load and the watcher's digest read the content folder within.</summary>
    public GsiPortal.Core.Content.ContentLimits ContentLimits => new() { MaxFileBytes = MaxContentFileBytes };

    /// <summary>A request slower than this (ms) is logged on its own line; faster successful ones are only counted.</summary>
    public int SlowRequestMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The most time one request's work may take, in milliseconds, before it is stopped and answered 503 with
    /// Retry-After (<see cref="RequestBudget"/>). The costliest request takes well under a second of one core
    /// (docs/reliability.md); this leaves room for a busy machine. Default 10,000.
    /// </summary>
    public int RequestBudgetMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// Whether a search that finds fewer than three results by its words also shows passages found by meaning
    /// (arctic-embed-xs; docs/search.md, "Found by meaning"). The model and the passage vectors are made in the
    /// background after start-up and cost about 200 MB (docs/performance.md); false never loads them. Default true;
    /// the test hosts turn it off unless a test is about it.
    /// </summary>
    public bool MeaningSearch { get; set; } = true;

    /// <summary>How long a request waits for the first edition at start-up before it is answered 503. Default 30 s.</summary>
    public int StartupWaitSeconds { get; set; } = 30;

    /// <summary>
    /// The archive of every edition served (docs/linking.md, "Editions"). Empty, the default: a folder beside the
    /// content folder, named after it with <c>-archive</c> (<c>content-archive</c>). Several replicas may share one folder.
    /// </summary>
    public string ArchivePath { get; set; } = "";

    /// <summary>
    /// Where what the same content and the same code always derive alike (the search index's files) is kept between
    /// starts, so that a start reads it instead of building it (docs/performance.md, thirteenth session). Empty, the
    /// default: beside the archive, its folder's name with <c>-derived</c> (<c>content-archive-derived</c>). A missing,
    /// corrupt or unwritable folder only means a build, as without it.
    /// </summary>
    public string DerivedPath { get; set; } = "";

    /// <summary>Whether the derived files are read and kept at all (<see cref="DerivedPath"/>). Default true; the test hosts turn it off unless a test is about it.</summary>
    public bool KeepDerived { get; set; } = true;

    /// <summary>
    /// Whether the site seeds an archive that holds no edition from git with the content folder's git history, in the
    /// background after start-up (docs/deploy.md). Default true; nothing happens outside a git work tree or without git.
    /// </summary>
    public bool ImportGitHistory { get; set; } = true;

    /// <summary>The git program the history is read with. Default <c>git</c>, found on the PATH.</summary>
    public string GitExecutable { get; set; } = "git";

    /// <summary>The newest commits of the content folder that import reads (at start-up and by <c>archive import-git</c>). Default 1000.</summary>
    public int GitImportCommits { get; set; } = 1000;

    /// <summary>
    /// How many earlier editions are kept built at once, besides the current one (each costs memory: docs/performance.md).
    /// Default 3: a change's two editions, which its links on /changes alternate between, and the one read before them.
    /// </summary>
    public int EarlierEditionsKept { get; set; } = EarlierEditionLimits.Default.Kept;

    /// <summary>How long a request for an earlier edition waits for it to be built before it is answered 503. Default 30 s.</summary>
    public int EditionBuildWaitSeconds { get; set; } = 30;

    /// <summary>The estimated memory the kept earlier editions may hold together, in MB; the newest built is kept even past it. Default 48.</summary>
    public int EarlierEditionsMegabytes { get; set; } = 48;

    /// <summary>How many other earlier editions may wait while one is built (one at a time); beyond, 503 with Retry-After. Default 2.</summary>
    public int EditionBuildQueue { get; set; } = 2;

    /// <summary>How many earlier editions may start being built in a minute on the whole site, whoever asks; beyond, 503 with Retry-After. Default 30.</summary>
    public int EditionBuildsPerMinute { get; set; } = EarlierEditionLimits.Default.ColdBuildsPerMinute;

    /// <summary>How many of those one client (by its address) may start in a minute; beyond, 503 with Retry-After. Default 10.</summary>
    public int EditionBuildsPerClientPerMinute { get; set; } = EarlierEditionLimits.Default.ColdBuildsPerClientPerMinute;
}
