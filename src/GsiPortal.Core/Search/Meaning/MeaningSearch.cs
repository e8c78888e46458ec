using System.Collections.Concurrent;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// Adds "found by meaning" results to a keyword search that found too little (<see cref="MeaningRule"/>), apart from
/// its own results: after them, or before them when no keyword result holds every word. The one place that decides
/// whether, which and where; three ways in:
/// <list type="bullet">
/// <item><see cref="Known"/>, for the keyword answer: never runs the model. A query whose vector is already known
/// (a bounded cache) gets its results at once; otherwise the response says they are <see cref="MeaningStatus.Deferred"/>.</item>
/// <item><see cref="FindAsync"/>, for the separate meaning request: embeds the query, at most <see cref="Concurrent"/>
/// at a time, and answers <see cref="MeaningStatus.Busy"/> at once rather than queue without bound.</item>
/// <item><see cref="Extend"/>, for in-process callers that want the whole answer (the judge bench): waits for a turn.</item>
/// </list>
/// The model and each content version's passage vectors are made in the background (<see cref="Prepare"/>); before
/// they are ready a search has no meaning results (<see cref="MeaningStatus.NotReady"/>).
/// </summary>
public sealed class MeaningSearch
{
    /// <summary>Embeddings at once: one per core.</summary>
    public const int Concurrent = 2;

    /// <summary>
    /// Requests that may wait for a turn beside the <see cref="Concurrent"/> embedding: at 3–6 ms an embedding, a
    /// waiter's turn comes within about 15 ms on a quiet machine. More are answered busy at once, so that the wait, and
    /// the meaning path's p99, stays bounded under any load (docs/performance.md).
    /// </summary>
    public const int MaxWaiting = 4;

    /// <summary>
    /// How long an admitted request waits for its turn before it is answered busy (the site's default). An answer takes
    /// the wait plus its own embedding, which on two saturated cores is 10–25 ms rather than 3–6: at 30 ms the
    /// 32-connection p99 sat at 46–55 ms against the goal of 50 (docs/performance.md), so the wait leaves room for it.
    /// </summary>
    public static readonly TimeSpan DefaultTurnWait = TimeSpan.FromMilliseconds(20);

    private const int MaxCachedQueries = 4096;

    private readonly MeaningModel model;
    private readonly Func<string, float[]?> embed;
    private readonly TimeSpan turnWait;
    private readonly SemaphoreSlim turns = new(Concurrent, Concurrent);
    // Requests embedding or waiting for a turn (at most Concurrent + MaxWaiting).
    private int admitted;
    private readonly ConcurrentDictionary<string, float[]> queries = new(StringComparer.Ordinal);
    // A query's words the texts do not write, each embedded alone when the rule first asks (MeaningRule.CoveredShare).
    private readonly ConcurrentDictionary<string, float[]> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<MeaningIndex>> indexes = new(StringComparer.Ordinal);

    public MeaningSearch(MeaningModel model) : this(model, null, DefaultTurnWait) { }

    /// <summary>
    /// <paramref name="embed"/> makes a query's vector (the model's by default; tests pass one that holds the model's
    /// work at a gate); <paramref name="turnWait"/> bounds an admitted request's wait for a turn.
    /// </summary>
    public MeaningSearch(MeaningModel model, Func<string, float[]?>? embed, TimeSpan turnWait)
    {
        this.model = model;
        this.embed = embed ?? model.Query;
        this.turnWait = turnWait;
    }

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
    public bool IsReady(ContentLibrary library) => Index(library) is not null;

    /// <summary>Requests embedding or waiting for a turn now (for tests that hold the model at a gate).</summary>
    public int Admitted => Volatile.Read(ref admitted);

    /// <summary>
    /// The keyword answer with what meaning adds when that costs no model work (the query's vector is known), else
    /// marked <see cref="MeaningStatus.Deferred"/> where the rule may add results. Never embeds, never waits.
    /// </summary>
    public SearchResponse Known(ContentLibrary library, SearchRequest request, SearchResponse response)
    {
        if (!MayAdd(request, response)) return response;
        if (Index(library) is not { } index) return response with { ByMeaningStatus = MeaningStatus.NotReady };
        return queries.TryGetValue(response.MeaningQuery, out var vector) ? Apply(index, vector, request, response, KnownWords(index)) : response with { ByMeaningStatus = MeaningStatus.Deferred };
    }

    /// <summary>
    /// The keyword answer with what meaning adds, embedding the query if need be: at most <see cref="Concurrent"/> at
    /// a time, with at most <see cref="MaxWaiting"/> more waiting, each no longer than the turn wait; any other request
    /// is answered <see cref="MeaningStatus.Busy"/> at once, with the keyword results alone.
    /// </summary>
    public async Task<SearchResponse> FindAsync(ContentLibrary library, SearchRequest request, SearchResponse response, CancellationToken cancellationToken = default)
    {
        var known = Known(library, request, response);
        if (known.ByMeaningStatus != MeaningStatus.Deferred) return known;
        if (Interlocked.Increment(ref admitted) > Concurrent + MaxWaiting)
        {
            Interlocked.Decrement(ref admitted);
            return response with { ByMeaningStatus = MeaningStatus.Busy };
        }
        try
        {
            if (!await turns.WaitAsync(turnWait, cancellationToken).ConfigureAwait(false)) return response with { ByMeaningStatus = MeaningStatus.Busy };
            try
            {
                return Embedded(library, request, response);
            }
            finally
            {
                turns.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref admitted);
        }
    }

    /// <summary>
    /// The whole answer for an in-process caller (the judge bench): as <see cref="FindAsync"/>, but waiting for a
    /// turn however long it takes, since the caller asked for nothing else.
    /// </summary>
    public SearchResponse Extend(ContentLibrary library, SearchRequest request, SearchResponse response)
    {
        var known = Known(library, request, response);
        if (known.ByMeaningStatus != MeaningStatus.Deferred) return known;
        turns.Wait();
        try
        {
            return Embedded(library, request, response);
        }
        finally
        {
            turns.Release();
        }
    }

    // With a turn held: another request may have embedded the same query meanwhile.
    private SearchResponse Embedded(ContentLibrary library, SearchRequest request, SearchResponse response)
    {
        if (Index(library) is not { } index) return response with { ByMeaningStatus = MeaningStatus.NotReady };
        if (!queries.TryGetValue(response.MeaningQuery, out var vector))
        {
            if (embed(response.MeaningQuery) is not { } made) return response with { ByMeaningStatus = MeaningStatus.NotReady };
            if (queries.Count >= MaxCachedQueries) queries.Clear();
            vector = queries[response.MeaningQuery] = made;
        }
        return Apply(index, vector, request, response, lacking => EmbedWords(index, lacking));
    }

    // Never embeds: words of the texts, or ones a meaning request for the same query embedded; null where neither.
    private Func<IReadOnlyList<string>, float[]?[]> KnownWords(MeaningIndex index) => lacking => lacking.Select(w => index.Words.Of(w) ?? words.GetValueOrDefault(w)).ToArray();

    // With a turn held: the words neither the texts nor the cache know, embedded in one call.
    private float[]?[] EmbedWords(MeaningIndex index, IReadOnlyList<string> lacking)
    {
        var vectors = KnownWords(index)(lacking);
        var missing = lacking.Where((_, i) => vectors[i] is null).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 || model.Words(missing) is not { } made) return vectors;
        if (words.Count >= MaxCachedQueries) words.Clear();
        for (var i = 0; i < missing.Count; i++) words[missing[i]] = made[i];
        for (var i = 0; i < lacking.Count; i++) vectors[i] ??= made[missing.IndexOf(lacking[i])];
        return vectors;
    }

    /// <summary>
    /// Whether the rule may let meaning add results at all: on a first page of plain words, where the words found too
    /// little, or found more only by leaving some out (where an editors' question alone may speak).
    /// </summary>
    // A query of no letter or digit ("(((", "*") has nothing a model could read: not offered to it (a reader's review:
    // the page offered to look for passages "close in meaning to “(((”").
    // Not where the query held nothing to search for ("s*", "the"): the page said so, and offered passages found by
    // meaning for what was not searched.
    private static bool MayAdd(SearchRequest request, SearchResponse response) =>
        (response.Total < MeaningRule.KeywordsTooFew || MeaningRule.QuestionsAlone(response)) && request.Page == 1 && response.Reference is null && !response.OtherScript
        && !response.NothingSearchable && HasWord(response.MeaningQuery);

    /// <summary>
    /// Whether the words a query found nothing for, each counted alone (<see cref="SearchResponse.Separately"/>), are
    /// words found nowhere and, beside them, only words found in a quarter or more of the units ("china").
    /// </summary>
    internal static bool OnlyWordsFoundNowhere(IReadOnlyList<FoundAlone> words, int unitCount)
    {
        var absent = false;
        foreach (var word in words)
        {
            if (word.Units == 0) absent = true;
            else if (word.Units < QueryRelaxations.CommonShare * unitCount) return false;
        }
        return absent;
    }

    private static bool HasWord(string? query)
    {
        foreach (var c in query ?? "")
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    // Never prepared here: the request path builds nothing (the host prepares each edition as it comes into service).
    private MeaningIndex? Index(ContentLibrary library) =>
        model.Ready is not null && indexes.TryGetValue(library.Version, out var index) && index.IsCompletedSuccessfully ? index.Result : null;

    private static SearchResponse Apply(MeaningIndex index, float[] vector, SearchRequest request, SearchResponse response, Func<IReadOnlyList<string>, float[]?[]> wordVectors)
    {
        var units = index.Units;
        var shown = response.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var nearest = index.Nearest(vector)
            .Where(n => (request.Kind is null || units[n.Unit].Kind == request.Kind) && (request.Document is null || units[n.Unit].DocumentId == request.Document))
            .ToList();
        // Shown first, the passages found by meaning include any the words also found, so that the one that stood out
        // leads; shown after, those already among the results are left out.
        var first = MeaningRule.First(response);
        var byWords = response.NearestByWords is { } id ? IndexOf(units, id) : -1;
        // Asked only where neither the mark nor the words' agreement speaks, of the model's nearest passage.
        // The share and the names first: most queries stop there, before any word is embedded; then WordNet, a look-up
        // per word; only the words it leaves are embedded.
        bool Covered(int unit, double least)
        {
            if (response.HeldBy?.Invoke(units[unit].Id) is not { LacksName: false } held || held.Share < least) return false;
            var left = held.Lacking.Where(w => !index.Words.WordNetCovers(unit, w)).ToList();
            return left.Count == 0 || wordVectors(left).All(v => v is not null && index.Words.Covers(unit, v));
        }
        // A question asking for a number ("how many", "how much", "how long") is answered by meaning only with a passage
        // that states one, as its words prefer one: "how many people have died in the Ukraine war" was shown Dong Chunling
        // ¶10, which names the war and counts nothing (the fourteenth turn).
        var asksNumber = response.Built is { } asked && QueryBuilder.AsksForQuantity(asked.Clauses.Select(c => c.Text));
        bool Shown(int unit) => (first || !shown.Contains(units[unit].Id)) && (!asksNumber || IndexBuilder.StatesQuantity(units[unit].Text));
        // Where every word of substance the words found nothing for is one the texts never write, beside none but their
        // commonest ("what does china say about nato", "… the dalai lama"), that word is what was asked, and no passage
        // near the rest of the query answers it: the model's passages are not shown (review 23, D7; the twenty-ninth
        // turn). The editors' question, like against like, still may speak.
        var onlyAbsent = response.Total == 0 && OnlyWordsFoundNowhere(response.Separately, units.Count);
        var chosen = MeaningRule.QuestionsAlone(response) || onlyAbsent ? [] : MeaningRule.Choose(nearest, response.Total, byWords, Covered).Where(n => Shown(n.Unit)).ToList();
        // The editors' question nearest the query, where it speaks, shows its unit first (the eighteenth turn): like
        // against like, a reader's words and an editor's question stand apart where passages do not.
        var question = index.NearestQuestion(vector, u => (request.Kind is null || units[u].Kind == request.Kind) && (request.Document is null || units[u].DocumentId == request.Document));
        // Where the words found nothing and nothing else speaks, a question a little less near speaks if its unit is among
        // the model's few nearest passages (the twenty-eighth turn).
        if (question is { } q && nearest.Count > 0 && (MeaningRule.QuestionSpeaks(q.Cosine, nearest[0].Unit == q.Unit)
            || response.Total == 0 && chosen.Count == 0 && MeaningRule.QuestionSpeaksWhereNothingElse(q.Cosine, nearest.FindIndex(n => n.Unit == q.Unit))) && Shown(q.Unit))
            chosen = [nearest.First(n => n.Unit == q.Unit), .. chosen.Where(n => n.Unit != q.Unit).Take(MeaningRule.MaxShown - 1)];
        else question = null;
        if (chosen.Count == 0) return response with { ByMeaningStatus = MeaningStatus.Done, ByMeaningWithheldFor = onlyAbsent ? [.. response.Separately.Where(w => w.Units == 0).Select(w => w.Text)] : [] };
        // The query's words a passage found by meaning holds are marked, as in the words' own results: "terrorism
        // online" left "terrorism" unmarked in priority 12 (a reader's review), as if the passage did not hold it.
        var built = response.Built;
        var words = built is { MarkTerms.Count: > 0 } ? new HighlightWords(built.MarkAlone, built.MarkPhrases) : null;
        var common = words is null ? null : response.CommonAmong?.Invoke(built!.MarkTerms);
        var hits = chosen.Select(n => Hit(units[n.Unit], n.Score, n.Unit == byWords ? response.NearestByWordsAt : index.NearestSentence(n.Unit, vector), words, common)).ToList();
        // Said on the result, in the editors' voice: the question is theirs, never the text's words, and marks nothing.
        if (question is { } nearestQuestion)
        {
            var unit = units[nearestQuestion.Unit];
            var editors = unit.Questions[nearestQuestion.Question];
            hits[0] = hits[0] with { Note = hits[0].Note with { AnswersQuestion = editors, AnswersUnder = Subjects.IndexEntry.Nearest(unit.Subjects, response.MeaningQuery, editors) } };
        }
        return response with { ByMeaning = hits, ByMeaningFirst = first, ByMeaningStatus = MeaningStatus.Done };
    }

    private static int IndexOf(IReadOnlyList<SearchUnit> units, string id)
    {
        for (var u = 0; u < units.Count; u++)
            if (units[u].Id == id) return u;
        return -1;
    }

    /// <summary>
    /// A result found by meaning, shown by its sentence nearest the query — or, for the unit the words came nearest to
    /// finding, by the sentence holding them — and linked to the paragraph holding that sentence. The query's words it
    /// holds are marked (a common one only beside a rarer one, as a page marks them); it need hold none.
    /// </summary>
    private static SearchHit Hit(SearchUnit unit, float score, int sentence, HighlightWords? words, IReadOnlySet<string>? common)
    {
        var (snippet, offset) = SnippetBuilder.AtSentence(unit.Text, sentence, words?.In(unit.Text, common, commonAloneWhenNothingRarer: false) ?? []);
        var start = unit.ParagraphStarts.Last(p => p.Offset <= offset);
        return new SearchHit(unit.Id, unit.Kind, unit.ResultTitle, unit.DocumentId, start.Url, unit.Location, snippet, score, start.Locator);
    }
}
