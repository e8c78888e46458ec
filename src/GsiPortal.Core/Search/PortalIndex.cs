using GsiPortal.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// The embedded full-text index of one content version. Built once from the library and never changed, so one
/// reader and one <see cref="IndexSearcher"/> serve every request for its whole life (an IndexSearcher is
/// thread-safe); the edition that owns it disposes it when its last reader is done. Thread-safe.
/// </summary>
public sealed class PortalIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryBuilder queries;
    private readonly IReadOnlyList<(string Title, string Url)> titles;
    private readonly IReadOnlyList<SearchUnit> units;
    private readonly TokenCache tokens;

    /// <summary>
    /// Corrections already looked for, by word: the index never changes, so neither does a word's correction,
    /// and a fuzzy look-up costs a millisecond or two. Bounded to <see cref="MaxCachedCorrections"/> words.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> corrections = new(StringComparer.Ordinal);
    private const int MaxCachedCorrections = 50_000;

    public PortalIndex(IEnumerable<SearchUnit> units, Abbreviations abbreviations)
    {
        var list = units.ToList();
        this.units = list;
        tokens = new TokenCache(list.Count);
        directory = IndexBuilder.Build(list);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = IndexBuilder.Similarity };
        Abbreviations = abbreviations;
        queries = new QueryBuilder(abbreviations);
        titles = list.Where(u => u.IsItem).Select(u => (u.Title, u.Url)).ToList();
        Kinds = list.Select(u => u.Kind).Distinct().ToList();
        UnitCount = list.Count;
    }

    public static PortalIndex Build(ContentLibrary library) => new(SearchUnits.From(library), Abbreviations.From(library));

    public Abbreviations Abbreviations { get; }

    /// <summary>The kinds of unit this index holds, in reading order: what the <c>kind</c> filter accepts.</summary>
    public IReadOnlyList<string> Kinds { get; }
    public int UnitCount { get; }

    /// <summary>Runs a reader's query. Throws <see cref="InvalidSearchException"/> for a query it refuses.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        var cleaned = ReaderQuery.Clean(request.Query);
        if (cleaned.Length > SearchLimits.MaxQueryLength)
            throw new InvalidSearchException($"The query is {cleaned.Length} characters long; searches are limited to {SearchLimits.MaxQueryLength}.");
        if (request.Kind is { } kind && !Kinds.Contains(kind))
            throw new InvalidSearchException($"Unknown kind '{kind}'. Kinds are: {string.Join(", ", Kinds)}.");
        if (request.Page < 1 || request.Page > SearchLimits.MaxPage)
            throw new InvalidSearchException($"Pages run from 1 to {SearchLimits.MaxPage}.");
        var query = ReaderQuery.Parse(cleaned);
        if (query.ClauseCount > SearchLimits.MaxClauses)
            throw new InvalidSearchException($"The query has {query.ClauseCount} words and phrases; searches are limited to {SearchLimits.MaxClauses}.");

        var response = Run(searcher, query, request);
        var correction = Correct(searcher.IndexReader, query, response.Total, CorrectionOf);
        if (correction is null) return response;
        if (response.Total > 0) return response with { Corrected = correction };
        var corrected = Run(searcher, ReaderQuery.Parse(correction), request);
        return corrected with { Query = cleaned, Corrected = correction, SearchedCorrected = corrected.Total > 0 };
    }

    private SearchResponse Run(IndexSearcher searcher, ReaderQuery query, SearchRequest request)
    {
        var empty = new Dictionary<string, int>();
        if (!query.HasPositiveClause)
            return new SearchResponse(query.Text, 0, null, false, empty, empty, [], request.Page, new HashSet<string>());

        var built = queries.Build(query, searcher.IndexReader);
        var collector = new FacetingCollector(request.Kind, request.Document, request.Page * SearchLimits.PageSize);
        searcher.Search(built.Query, collector);
        var hits = collector.Hits().Skip((request.Page - 1) * SearchLimits.PageSize).Select(h => ToHit(h.Unit, h.Score, built.MarkTerms)).ToList();
        return new SearchResponse(query.Text, collector.Total, null, false, collector.KindCounts, collector.DocumentCounts, hits, request.Page, built.MarkTerms);
    }

    private SearchHit ToHit(int ordinal, float score, IReadOnlySet<string> marks)
    {
        // Matches come from the unit's analysed tokens, kept in memory: cheaper than the stored term vector.
        var unit = units[ordinal];
        var matches = TextMarker.Matches(unit.Text, tokens.Get(ordinal, unit.Text), marks);
        var (snippet, offset) = SnippetBuilder.Build(unit.Text, matches);
        // A snippet from the second paragraph of an item links to that paragraph.
        var url = unit.ParagraphStarts.LastOrDefault(p => p.Offset <= offset).Url ?? unit.Url;
        return new SearchHit(unit.Id, unit.Kind, unit.Title, unit.DocumentId, url, unit.Location, snippet, score);
    }

    /// <summary>The query with each word the index lacks (or holds far less than a near spelling) corrected; null when nothing changes.</summary>
    private string? CorrectionOf(IndexReader reader, string word)
    {
        if (corrections.TryGetValue(word, out var known)) return known;
        var found = SpellingCorrector.Correct(reader, word);
        if (corrections.Count < MaxCachedCorrections) corrections.TryAdd(word, found);
        return found;
    }

    private static string? Correct(IndexReader reader, ReaderQuery query, int total, Func<IndexReader, string, string?> correct)
    {
        var text = query.Text;
        var changed = false;
        foreach (var clause in query.Groups.SelectMany(g => g).Where(c => c.Kind is QueryClauseKind.Word or QueryClauseKind.Phrase && c.Occur == ClauseOccur.Must))
        {
            foreach (var word in clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (correct(reader, word) is not { } better) continue;
                if (total > 0 && reader.DocFreq(new Term(SearchFields.Spell, word.ToLowerInvariant())) > 0 && clause.Kind == QueryClauseKind.Phrase) continue;
                text = System.Text.RegularExpressions.Regex.Replace(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b", better);
                changed = true;
            }
        }
        return changed ? text : null;
    }

    /// <summary>Item titles and index words that start with what the reader has typed, at most <see cref="SearchLimits.MaxSuggestions"/>.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed)
    {
        var cleaned = ReaderQuery.Clean(typed);
        if (cleaned.Length < 2 || cleaned.Length > 100) return [];
        var lower = cleaned.ToLowerInvariant();
        var fromTitles = titles
            .Where(t => t.Title.Contains(cleaned, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Title.IndexOf(cleaned, StringComparison.OrdinalIgnoreCase))
            .Take(SearchLimits.MaxSuggestions / 2)
            .Select(t => new Suggestion(t.Title, t.Url));
        var lastWord = lower.Split(' ')[^1];
        var head = lower[..^lastWord.Length];
        var words = WordsStartingWith(reader, lastWord)
            .Select(w => new Suggestion(head + w, null));
        return fromTitles.Concat(words).DistinctBy(s => s.Text).Take(SearchLimits.MaxSuggestions).ToList();
    }

    private static IEnumerable<string> WordsStartingWith(IndexReader reader, string prefix)
    {
        if (prefix.Length < 2) return [];
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return [];
        var found = new List<(string Word, int Freq)>();
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END) return [];
        do
        {
            var word = e.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add((word, e.DocFreq));
        }
        while (e.MoveNext() && found.Count < 500);
        return found.OrderByDescending(f => f.Freq).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word);
    }

    /// <summary>Whether an analysed term occurs anywhere in the texts (a highlight of any other term marks nothing).</summary>
    public bool OccursInTexts(string term) => reader.DocFreq(new Term(SearchFields.Text, term)) > 0;

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}

/// <summary>A suggestion while typing: a title with its address, or a word to search for.</summary>
public sealed record Suggestion(string Text, string? Url);
