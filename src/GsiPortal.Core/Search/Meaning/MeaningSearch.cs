using System.Collections.Concurrent;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// Adds "found by meaning" results to a keyword search that found too little (<see cref="MeaningRule"/>), apart from
/// its own results: after them, or before them when no keyword result holds every word. Off the keyword path: the model and each content version's passage
/// vectors are made in the background (<see cref="Prepare"/>), and a search made before they are ready has no
/// meaning results. On a request only the query is embedded (once per distinct query, kept in a bounded cache),
/// by at most <see cref="Concurrent"/> requests at a time; a request that cannot have a turn soon goes without.
/// </summary>
public sealed class MeaningSearch(MeaningModel model)
{
    /// <summary>Embeddings at once: one per core.</summary>
    public const int Concurrent = 2;
    private static readonly TimeSpan TurnWait = TimeSpan.FromMilliseconds(250);
    private const int MaxCachedQueries = 4096;

    private readonly SemaphoreSlim turns = new(Concurrent, Concurrent);
    private readonly ConcurrentDictionary<string, float[]> queries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<MeaningIndex>> indexes = new(StringComparer.Ordinal);

    /// <summary>Starts loading the model and embedding this content version's passages in the background; returns at once.</summary>
    public Task<MeaningIndex> Prepare(ContentLibrary library)
    {
        model.Load();
        if (indexes.TryGetValue(library.Version, out var known)) return known;
        // Only the newest versions are kept: an edition replaced by a reload no longer searches.
        foreach (var old in indexes.Keys.Where(k => k != library.Version).Skip(1)) indexes.TryRemove(old, out _);
        var units = SearchUnits.From(library).ToList();
        return indexes.GetOrAdd(library.Version, _ => Task.Factory.StartNew(() => MeaningIndex.Build(units, model), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    /// <summary>True once this content version's passages are embedded and the model loaded.</summary>
    public bool IsReady(ContentLibrary library) => model.Ready is not null && indexes.TryGetValue(library.Version, out var t) && t.IsCompletedSuccessfully;

    /// <summary>The response with <see cref="SearchResponse.ByMeaning"/> filled in when the rule allows it.</summary>
    public SearchResponse Extend(ContentLibrary library, SearchRequest request, SearchResponse response)
    {
        if (response.Total >= MeaningRule.KeywordsTooFew || request.Page != 1 || response.Reference is not null || response.OtherScript
            || string.IsNullOrWhiteSpace(response.Query))
            return response;
        // Never prepared here: the request path builds nothing (the host prepares each edition as it comes into service).
        if (!indexes.TryGetValue(library.Version, out var index) || !index.IsCompletedSuccessfully || QueryVector(response.Query) is not { } vector) return response;
        var units = index.Result.Units;
        var shown = response.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var nearest = index.Result.Nearest(vector)
            .Where(n => (request.Kind is null || units[n.Unit].Kind == request.Kind) && (request.Document is null || units[n.Unit].DocumentId == request.Document))
            .ToList();
        // Shown first, the passages found by meaning include any the words also found, so that the one that stood out
        // leads; shown after, those already among the results are left out.
        var first = MeaningRule.First(response);
        var chosen = MeaningRule.Choose(nearest, response.Total).Where(n => first || !shown.Contains(units[n.Unit].Id)).Select(n => Hit(units[n.Unit], n.Score, index.Result.NearestSentence(n.Unit, vector))).ToList();
        return chosen.Count == 0 ? response : response with { ByMeaning = chosen, ByMeaningFirst = first };
    }

    private float[]? QueryVector(string query)
    {
        if (queries.TryGetValue(query, out var known)) return known;
        if (model.Ready is null || !turns.Wait(TurnWait)) return null;
        try
        {
            var vector = model.Query(query);
            if (vector is null) return null;
            if (queries.Count >= MaxCachedQueries) queries.Clear();
            return queries[query] = vector;
        }
        finally
        {
            turns.Release();
        }
    }

    /// <summary>
    /// A result found by meaning, shown by its sentence nearest the query (nothing marked: no word of the query need be
    /// in it) and linked to the paragraph holding that sentence.
    /// </summary>
    private static SearchHit Hit(SearchUnit unit, float score, int sentence)
    {
        var (snippet, offset) = SnippetBuilder.AtSentence(unit.Text, sentence);
        var start = unit.ParagraphStarts.Last(p => p.Offset <= offset);
        return new SearchHit(unit.Id, unit.Kind, unit.Title, unit.DocumentId, start.Url, unit.Location, snippet, score, start.Locator);
    }
}
