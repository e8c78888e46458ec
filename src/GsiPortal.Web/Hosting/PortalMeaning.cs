using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The meaning path as the site uses it (<see cref="PortalOptions.MeaningSearch"/>): off, a search is its keyword
/// results alone and the model is never loaded; on, the model and the edition in service's passage vectors are made
/// in the background once the host has started (and again, for the changed passages only, after a reload). A keyword
/// answer gets what <see cref="MeaningSearch"/> knows without the model (<see cref="Known"/>); the meaning endpoint
/// and the search page's meaning section ask for the rest (<see cref="FindAsync"/>), rationed.
/// </summary>
public sealed class PortalMeaning(IOptions<PortalOptions> options, ContentStore store, IHostApplicationLifetime lifetime, ILogger<PortalMeaning> logger,
    MeaningSearch? search = null) : IHostedService
{
    // A MeaningSearch registered in the services is used instead of the site's own: tests hold its model at a gate.
    private readonly MeaningSearch? meaning = options.Value.MeaningSearch ? search ?? new MeaningSearch(MeaningModel.Shared) : null;

    public bool Enabled => meaning is not null;

    /// <summary>The keyword answer, with passages found by meaning only where they cost no model work; never waits.</summary>
    public SearchResponse Known(Edition edition, SearchRequest request, SearchResponse response) =>
        meaning is null ? response : meaning.Known(edition.Library, request, response);

    /// <summary>The keyword answer with passages found by meaning, the query embedded if need be, or marked busy at once.</summary>
    public Task<SearchResponse> FindAsync(Edition edition, SearchRequest request, SearchResponse response, CancellationToken cancellationToken) =>
        meaning is null ? Task.FromResult(response) : meaning.FindAsync(edition.Library, request, response, cancellationToken);

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

/// <summary>
/// Why a request for passages found by meaning got none, and when to ask again: the 503 the endpoint and the page's
/// section answer. <paramref name="CountLine"/> is the reason as the search page's count line ends ("…; passages close
/// in meaning: not looked for yet, the language model is still loading."), so that the line and the section below it
/// give one reason, not two (the line said "the site was busy" over a section saying the model was loading).
/// </summary>
public sealed record MeaningBusy(string RetryAfterSeconds, string Reason, string CountLine)
{
    private const string ShedKey = "GsiPortal.MeaningBusy";

    /// <summary>
    /// Marks the request's 503 as the meaning path's own busy answer, by design under load, so the request log counts
    /// it as refused rather than write an error line for each (thousands a second when the model is saturated).
    /// </summary>
    public static void Mark(HttpContext context) => context.Items[ShedKey] = true;

    public static bool IsMarked(HttpContext context) => context.Items.ContainsKey(ShedKey);

    public static MeaningBusy? Of(SearchResponse response) => response.ByMeaningStatus switch
    {
        MeaningStatus.Busy => new("1", "The language model is answering other searches: ask again in a second. The results found by the words are not affected.", "not looked for, the language model was busy"),
        MeaningStatus.NotReady => new("10", "The language model is still loading, or is reading the texts after a change: ask again in a few seconds.", "not looked for yet, the language model is still loading"),
        _ => null,
    };
}
