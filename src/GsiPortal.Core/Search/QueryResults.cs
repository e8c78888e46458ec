using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// What one search of a query gathered: how many units pass the filters, the facet counts, the best hits up to the
/// requested page (unit ordinal and score, best first) and, when asked for, the units counted.
/// </summary>
internal readonly record struct Collected(int Total, IReadOnlyDictionary<string, int> KindCounts, IReadOnlyDictionary<string, int> DocumentCounts,
    List<(int Unit, float Score)> Top, FixedBitSet? Matched, int TogetherCount = -1);

/// <summary>Runs a built query through the index's searcher and makes the page of results a reader sees.</summary>
internal sealed class QueryResults(KnownTermsSearcher searcher, ClauseMatches clauseMatches, SearchHits hits, ResultNotes notes)
{
    private readonly SegmentFacets facets = new();

    // Made once: every response carries it (a reference, not a copy), for the meaning path to mark its passages as the
    // words' snippets are marked, a common word only beside a rarer one.
    private readonly Func<IEnumerable<string>, IReadOnlySet<string>> commonAmong = terms => TermRarity.Of(searcher.IndexReader.NumDocs, terms, searcher.TextDocFreq).Common;

    /// <summary>Each word's count of units, kept by the word (<see cref="KnownTermsSearcher.TextDocFreq"/>): made once, not a delegate per page.</summary>
    private readonly Func<string, int> textDocFreq = searcher.TextDocFreq;

    public static readonly Collected Nothing = new(0, new Dictionary<string, int>(), new Dictionary<string, int>(), [], null);

    /// <summary>A query's matches: how many pass the filters, the facet counts, and the best of them up to the requested page, best first.</summary>
    /// <remarks><paramref name="together"/>: an optional clause of the query whose matches among the query's to count (all of them, whatever the filters).</remarks>
    /// <remarks><paramref name="named"/>: the texts the query names, whose results come first (<see cref="NamedTexts"/>).</remarks>
    /// <remarks><paramref name="titled"/>: the items whose editors' heading the query names, which count for more (<see cref="EditorsHeadings"/>).</remarks>
    public Collected Collect(Query query, FixedBitSet? allowed, SearchRequest request, bool keepMatches = false, Query? together = null, TextsNamed named = TextsNamed.None, int[]? titled = null)
    {
        var collector = new FacetingCollector(request.Kind, request.Document, request.Page * SearchLimits.PageSize, keepMatches ? new FixedBitSet(searcher.IndexReader.MaxDoc) : null, facets,
            allowed is null ? together : null, named, titled);
        searcher.Search(query, allowed is null ? collector : new AllowedCollector(collector, allowed));
        return new(collector.Total, collector.KindCounts, collector.DocumentCounts, collector.Hits(), collector.Matched, collector.TogetherCount);
    }

    /// <summary>The requested page of ranked matches, with the expansions that found something in them.</summary>
    /// <remarks>
    /// <paramref name="withPage"/> false: the response's results are left empty, to be made by <see cref="WithPage"/> only
    /// if this response is the one answered (a strict search that found one or two units, which a relaxation usually
    /// replaces: their snippets and notes were cut and thrown away).
    /// </remarks>
    public SearchResponse Respond(string text, BuiltQuery built, Query query, Collected collected, SearchRequest request, bool withPage = true)
    {
        if (built.IsEmpty)
            return new SearchResponse(text, 0, null, false, Nothing.KindCounts, Nothing.DocumentCounts, [], request.Page, new HashSet<string>()) { NothingSearchable = true };
        return new SearchResponse(text, collected.Total, null, false, collected.KindCounts, collected.DocumentCounts, withPage ? Page(built, collected, request) : [], request.Page, built.MarkTerms)
        {
            // Only a query with expansions to name needs its matched units; asked for before it, they cost the whole
            // query searched again (a third of a search's time, in the profile) for nothing.
            AlsoSearched = collected.Total == 0 || built.Expansions.Count == 0 ? [] : Contributed(built, collected.Matched ?? clauseMatches.Search(query)),
            Ran = query,
            Built = built,
            CommonAmong = commonAmong,
        };
    }

    /// <summary>A response made without its page (<see cref="Respond"/>'s <c>withPage</c> false), with it: the same results Respond would have made.</summary>
    public SearchResponse WithPage(SearchResponse response, BuiltQuery built, Collected collected, SearchRequest request) =>
        built.IsEmpty ? response : response with { Hits = Page(built, collected, request) };

    /// <summary>The requested page's results: each unit's snippet cut and marked, and its note.</summary>
    private List<SearchHit> Page(BuiltQuery built, Collected collected, SearchRequest request)
    {
        // The words' rarity only for a page with results to cut snippets from: a strict search that found nothing (most
        // relaxed queries start so) weighed every word for none.
        var from = (request.Page - 1) * SearchLimits.PageSize;
        var shown = Math.Clamp(collected.Top.Count - from, 0, SearchLimits.PageSize);
        var page = new List<SearchHit>(shown);
        if (shown > 0)
        {
            var rarity = TermRarity.Of(searcher.IndexReader.NumDocs, built.MarkTerms, textDocFreq).For(built.Clauses);
            for (var i = from; i < from + shown; i++)
            {
                var unit = collected.Top[i].Unit;
                // Why it matched where the snippet cannot show it: a byline, a heading, the words only apart.
                var note = notes.Of(unit, built, noneNear: collected.TogetherCount == 0);
                page.Add(hits.Of(unit, collected.Top[i].Score, built.MarkAlone, rarity, built.MarkPhrases, built.MarkCapitals, note, built.MarkBegun));
            }
        }
        return page;
    }

    /// <summary>
    /// The disclosed forms of each expansion that occur in at least one unit the query matched (a form found nowhere
    /// in the results did not contribute, and naming it would claim otherwise). The matched units are those the
    /// search itself counted (<see cref="FacetingCollector.Matched"/>), not a second search of the query.
    /// </summary>
    private List<AlsoSearched> Contributed(BuiltQuery built, FixedBitSet matched)
    {
        var found = new List<AlsoSearched>();
        foreach (var expansion in built.Expansions)
        {
            var forms = expansion.Forms.Where(f => clauseMatches.Of(f.Query).Intersects(matched))
                .Select(f => f.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (forms.Count > 0) found.Add(new AlsoSearched(expansion.Typed, forms, expansion.Own is null || clauseMatches.Of(expansion.Own).Cardinality > 0));
        }
        return found;
    }
}
