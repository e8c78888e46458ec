using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Live content: watches the content folder and reloads it shortly after a file is edited, added or removed,
/// then drops every cached page so that pages and search show the new text. Edits arriving together (an
/// editor's save writes several events) are gathered into one reload.
/// </summary>
public sealed class ContentWatcher(ContentStore store, IOutputCacheStore cache, IOptions<PortalOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchContent || !Directory.Exists(store.Folder)) return;
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(store.Folder, "*.md") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        // The search terms are content too: an edit to them reloads like an edit to a text.
        watcher.Filters.Add(Core.Content.SearchTerms.FileName);
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        store.Changed += edition => _ = cache.EvictByTagAsync(PortalCaching.ContentTag, CancellationToken.None).AsTask();

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken);
                await Task.Delay(Settle, stoppingToken);
                while (changed.CurrentCount > 0) await changed.WaitAsync(stoppingToken);
                logger.LogInformation("Content folder changed; reloading");
                store.Load();
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
