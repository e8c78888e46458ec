using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The meaning path as the site uses it (<see cref="PortalOptions.MeaningSearch"/>): off, a search is its keyword
/// results alone and the model is never loaded; on, the model and the edition in service's passage vectors are made
/// in the background once the host has started (and again, for the changed passages only, after a reload), and a
/// search that found too little gets what <see cref="MeaningSearch"/> adds.
/// </summary>
public sealed class PortalMeaning(IOptions<PortalOptions> options, ContentStore store, IHostApplicationLifetime lifetime, ILogger<PortalMeaning> logger) : IHostedService
{
    private readonly MeaningSearch? meaning = options.Value.MeaningSearch ? new MeaningSearch(MeaningModel.Shared) : null;

    public bool Enabled => meaning is not null;

    /// <summary>The response, with passages found by meaning when the path is on, ready and allowed by its rule.</summary>
    public SearchResponse Extend(Edition edition, SearchRequest request, SearchResponse response) =>
        meaning is null ? response : meaning.Extend(edition.Library, request, response);

    /// <summary>True once the edition's passages can be searched by meaning (for tests and /readyz-like checks).</summary>
    public bool IsReady(Edition edition) => meaning?.IsReady(edition.Library) ?? false;

    /// <summary>Starts preparing the edition now, rather than on its first search that needs it.</summary>
    public Task Prepare(Edition edition) => meaning?.Prepare(edition.Library) ?? Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (meaning is null) return Task.CompletedTask;
        // After start-up, so the model's load (about a second of CPU) never delays the first answer.
        lifetime.ApplicationStarted.Register(() =>
        {
            if (store.InService is { HasSearch: true } edition) Watch(meaning.Prepare(edition.Library), edition);
        });
        store.Changed += edition =>
        {
            if (edition.HasSearch) Watch(meaning.Prepare(edition.Library), edition);
        };
        return Task.CompletedTask;
    }

    private void Watch(Task<MeaningIndex> preparing, Edition edition) => preparing.ContinueWith(t =>
    {
        if (t.IsFaulted) logger.LogError(t.Exception, "Search by meaning is unavailable for edition {Version}; keyword search is unaffected", edition.Version);
        else logger.LogInformation("Search by meaning ready for edition {Version}: {Units} passages", edition.Version, t.Result.Units.Count);
    }, TaskScheduler.Default);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
