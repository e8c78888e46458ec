using GsiPortal.Core.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Live content: reloads the content folder shortly after a file is edited, added or removed, then drops every cached
/// page so that pages and search show the new text. File events are gathered into one reload (an editor's save
/// writes several); a digest of the folder is also polled, because a folder swapped by symbolic link (Kubernetes
/// ConfigMaps, <c>ln -sfn</c> releases) raises no event in the folder watched. Nothing a reload meets stops the host:
/// a broken edit keeps the last good edition serving (see <see cref="ContentStore"/>).
/// </summary>
public sealed class ContentWatcher(ContentStore store, IOutputCacheStore cache, IOptions<PortalOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <summary>The digest of the folder as the last reload read it, so the poll does not reload what a file event already did.</summary>
    private string loaded = "";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchContent) return;
        Volatile.Write(ref loaded, ContentFiles.Fingerprint(store.Folder));
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
                Volatile.Write(ref loaded, ContentFiles.Fingerprint(store.Folder));
                store.Load();
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        await poll;
    }

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
                var now = ContentFiles.Fingerprint(store.Folder);
                if (now == Volatile.Read(ref loaded) || now == signalled) continue;
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
