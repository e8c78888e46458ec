using GsiPortal.Core.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Live content: reloads the content folder shortly after a file is edited, added or removed, then drops every cached
/// page so that pages and search show the new text. File events are gathered into one reload (an editor's save
/// writes several); a digest of the folder is also polled, because a folder swapped by symbolic link (Kubernetes
/// ConfigMaps, <c>ln -sfn</c> releases) raises no event in the folder watched. Nothing a reload meets stops the host:
/// a broken edit keeps the last good edition serving (see <see cref="ContentStore"/>), and a failure of the watcher's
/// own work is a problem on /readyz, after which it goes on watching. Should anything escape that, the host stops
/// with <see cref="ExitCodes.BackgroundFault"/>, so that a supervisor restarts it rather than leave it down.
/// </summary>
public sealed class ContentWatcher(ContentStore store, IOutputCacheStore cache, IOptions<PortalOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <summary>The digest of the folder as the last reload read it, so the poll does not reload what a file event already did.</summary>
    private string loaded = "";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchContent) return;
        try
        {
            await WatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The content watcher failed; stopping the host with exit code {ExitCode} so that it is restarted", ExitCodes.BackgroundFault);
            throw;
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        Volatile.Write(ref loaded, Digest() ?? "");
        var changed = new SemaphoreSlim(0);
        store.Changed += edition => _ = cache.EvictByTagAsync(PortalCaching.ContentTag, CancellationToken.None).AsTask();
        using var watcher = Watch(changed);
        var poll = options.Value.ContentPollMilliseconds > 0 ? PollAsync(changed, TimeSpan.FromMilliseconds(options.Value.ContentPollMilliseconds), stoppingToken) : Task.CompletedTask;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken);
                await Task.Delay(Settle, stoppingToken);
                while (changed.CurrentCount > 0) await changed.WaitAsync(stoppingToken);
                logger.LogInformation("Content folder changed; reloading");
                // Taken before the load: a change made while it runs differs from it and is loaded next.
                Volatile.Write(ref loaded, Digest() ?? "");
                store.Load();
                ReturnMemory();
            }
        }
        finally
        {
            await poll.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// The folder's digest, or null when taking it failed (its reads are bounded, so this is what nobody foresaw):
    /// the failure is a problem on /readyz and the watcher goes on.
    /// </summary>
    private string? Digest()
    {
        try
        {
            return ContentFiles.Fingerprint(store.Folder, store.Limits);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not take the digest of {Folder}", store.Folder);
            store.Fail(new ContentError(store.Folder, 0, $"could not be read for changes: {e.GetType().Name}: {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// A reload allocates about as much as the texts it reads, several times over; once the previous edition is
    /// released, a compacting collection gives that memory back to the system instead of keeping it for ever.
    /// Reloads follow edits, minutes apart: one blocking collection each is cheap beside the load itself.
    /// </summary>
    private static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private FileSystemWatcher? Watch(SemaphoreSlim changed)
    {
        try
        {
            if (!Directory.Exists(store.Folder)) return null;
            var watcher = new FileSystemWatcher(store.Folder) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler onChange = (_, e) => { if (e.Name is null || ContentFiles.IsWatched(e.Name)) changed.Release(); };
            watcher.Changed += onChange;
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, e) => { if (ContentFiles.IsWatched(e.Name ?? "") || ContentFiles.IsWatched(e.OldName ?? "")) changed.Release(); };
            watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Content watcher lost events; the digest poll still sees changes"); changed.Release(); };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Cannot watch {Folder}; changes are found by polling only", store.Folder);
            return null;
        }
    }

    private async Task PollAsync(SemaphoreSlim changed, TimeSpan interval, CancellationToken stoppingToken)
    {
        var signalled = "";
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (Digest() is not { } now || now == Volatile.Read(ref loaded) || now == signalled) continue;
                signalled = now;
                changed.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
