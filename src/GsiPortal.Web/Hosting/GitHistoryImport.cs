using GsiPortal.Core.Editions.Archive;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>What became of the git history at start-up, as /readyz and the editions page say it.</summary>
public enum GitHistoryKind
{
    /// <summary>Not tried yet: waiting for the first edition to be in service.</summary>
    Waiting,
    /// <summary>Being read now.</summary>
    Importing,
    /// <summary>Read: the archive holds the editions of its commits.</summary>
    Imported,
    /// <summary>Not needed: the archive already holds editions from git (seeded before, here or by another replica).</summary>
    AlreadyImported,
    /// <summary>Turned off (<c>Portal:ImportGitHistory</c>).</summary>
    Off,
    /// <summary>Cannot be read: no git, no work tree, or git failed; the editions this site serves are archived all the same.</summary>
    Unavailable,
}

/// <summary>The state of the start-up import: for operators (<paramref name="Detail"/>, on /readyz, git's own words) and for readers (<paramref name="Plain"/>, on /editions).</summary>
public sealed record GitHistoryState(GitHistoryKind Kind, string Detail, string Plain = "")
{
    /// <summary>Why the history could not be read, in a reader's words: git's message is for the operator.</summary>
    public static string PlainReason(string detail) =>
        detail.Contains("not a git repository", StringComparison.OrdinalIgnoreCase) ? "this copy of the texts was installed without their history"
        : detail.Contains("is it installed?", StringComparison.Ordinal) ? "the program that reads it (git) is not installed where the site runs"
        : detail.Contains("ImportGitHistory", StringComparison.Ordinal) ? "reading it is turned off"
        : "reading it failed";
}

/// <summary>
/// A fresh deployment would list only the editions it has itself served, and citations of earlier ones would be 404s
/// until an operator ran <c>archive import-git</c>. So, when the archive holds no edition from git, the site reads the
/// content folder's git history itself: after the first edition is in service, on a thread of its own, bounded like
/// the command (the newest <c>Portal:GitImportCommits</c> commits, each git call timed); then the catalog is read
/// again. Nothing here can stop the process: no git, no work tree, an odd history are a state said on /readyz and the
/// editions page (docs/deploy.md).
/// </summary>
public sealed class GitHistoryImport(IOptions<PortalOptions> options, ContentStore store, EditionArchiving archiving, ILogger<GitHistoryImport> logger) : BackgroundService
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GitHistoryState state = new(GitHistoryKind.Waiting, "the history is read once the current edition is in service");

    public GitHistoryState State => Volatile.Read(ref state);

    /// <summary>Completes when the import has ended, whatever its outcome (tests wait on it instead of on time).</summary>
    public Task Completion => done.Task;

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.Factory.StartNew(() => RunAsync(stopping), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await Run(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Set(GitHistoryKind.Unavailable, "the site stopped before the history was read");
        }
        catch (Exception e)
        {
            // Whatever the history holds, the site goes on serving: the failure is a state, said where operators look.
            Set(GitHistoryKind.Unavailable, $"the history could not be read: {e.Message}");
            logger.LogError(e, "The content's git history could not be imported into {Folder}", archiving.Archive.Folder);
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private async Task Run(CancellationToken stopping)
    {
        var o = options.Value;
        if (!o.ImportGitHistory)
        {
            Set(GitHistoryKind.Off, "Portal:ImportGitHistory is off");
            return;
        }
        await store.FirstEdition.WaitAsync(stopping);
        var (editions, _) = archiving.Archive.List();
        if (editions.Any(e => e.From.StartsWith("git ", StringComparison.Ordinal)))
        {
            Set(GitHistoryKind.AlreadyImported, "the archive was seeded from the content's git history before");
            return;
        }
        if (GitImport.Unavailable(store.Folder, o.GitExecutable) is { } why)
        {
            Set(GitHistoryKind.Unavailable, why);
            logger.LogInformation("The content's git history is not imported: {Reason}", why);
            return;
        }
        Set(GitHistoryKind.Importing, "the content's git history is being read");
        var limits = GitImport.Limits.Default with { Commits = Math.Max(1, o.GitImportCommits), Files = store.Limits };
        var log = new StringWriter();
        var imported = GitImport.Run(store.Folder, archiving.Archive, log, limits, o.GitExecutable, stopping);
        archiving.RefreshCatalog();
        var passed = imported.Count(i => i.Edition.Length == 0);
        var count = imported.Where(i => i.Edition.Length > 0).Select(i => i.Edition).Distinct().Count();
        Set(GitHistoryKind.Imported, $"{imported.Count} commits of the content's git history read: {count} editions"
            + (passed > 0 ? $", {passed} commits passed over ({imported.First(i => i.Edition.Length == 0).Problem})" : ""));
        logger.LogInformation("Imported the content's git history into {Folder}: {Commits} commits, {Editions} editions, {Passed} passed over\n{Log}",
            archiving.Archive.Folder, imported.Count, count, passed, log.ToString().TrimEnd());
    }

    private void Set(GitHistoryKind kind, string detail) => Volatile.Write(ref state, new GitHistoryState(kind, detail, GitHistoryState.PlainReason(detail)));
}
