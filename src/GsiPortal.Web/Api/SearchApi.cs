using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;
using GsiPortal.Core.Text;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using GsiPortal.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary><c>GET /api/search</c> and <c>GET /api/suggest</c>: the search as JSON; refused queries answer 400 problem+json.</summary>
public static class SearchApi
{
    public sealed record SearchAnswer(string Query, int Total, string? Corrected, bool CorrectedSearched, IReadOnlyList<CorrectedWordAnswer> CorrectedWords, int Page, int PageCount, SearchFacets Facets, IReadOnlyList<SearchResult> Results,
        RelaxedAnswer? Relaxed, string? Reference, bool OtherScript, IReadOnlyList<AlsoSearchedAnswer> AlsoSearched, IReadOnlyList<SeparatelyAnswer> Separately,
        SeparatelyAnswer? WithoutAbsent, IReadOnlyList<string> AnsweredWithout, int? UnfilteredTotal, bool WordsApart, string? ReferenceUrl, IReadOnlyList<SearchResult> FoundByMeaning, bool FoundByMeaningFirst,
        string? FoundByMeaningUrl, UnclosedAnswer? UnclosedQuote, IReadOnlyList<string> Notes, IReadOnlyList<CommonNotRequiredAnswer> CommonNotRequired);
    // Notes: what of the query was read otherwise than as typed, each a sentence ("s*" needs more letters; a wildcard
    // beginning more words than are searched; Lucene's "~2" or "^10" left out), and "None found by meaning: …" when the
    // query was searched by meaning, now or earlier, and nothing stood out (NoneFoundByMeaning). Empty otherwise.
    /// <summary>
    /// Present when the query opened a quotation mark and never closed it: the words after it, which were searched
    /// apart, and the query that searches them as a phrase (the mark closed at the end). Null otherwise.
    /// </summary>
    public sealed record UnclosedAnswer(string Words, string Query);
    /// <summary>
    /// Present when no result, or too few, hold every word: the words no longer required (question and function
    /// words, words found in most units), how many of the meaningful words each relaxed result holds at least, and
    /// how many results (first in the list) hold every word — 0 when none does.
    /// </summary>
    public sealed record RelaxedAnswer(IReadOnlyList<string> NotRequired, IReadOnlyList<string> Words, int Required, int Strict);
    /// <summary>
    /// A common word the search did not require beside rarer ones ("cooperation" in "counter terrorism cooperation"), as
    /// the page says it: the word, how many passages in all the texts hold it, and how many of the results lack it.
    /// </summary>
    public sealed record CommonNotRequiredAnswer(string Text, int Units, int Lacking, bool FiledUnderSubject);
    /// <summary>Forms the reader did not type that were also searched and found in the results: "cyber threats" for "cyber attacks".</summary>
    public sealed record AlsoSearchedAnswer(string Typed, IReadOnlyList<string> Forms, bool TypedFound);
    /// <summary>
    /// When a query of several words found nothing, even relaxed: each word, the query that searches it alone, and how
    /// many results that finds (0: found nowhere). Empty otherwise, and under a kind or document filter.
    /// </summary>
    public sealed record SeparatelyAnswer(string Text, string Query, int Total);
    // WithoutAbsent: beside Separately, when some words are found nowhere, the found words searched together and how
    // many results that finds ("bloc confrontation" for "bloc confrontation NATO"); null when it finds nothing.
    // AnsweredWithout: the words found nowhere the results were found without, WithoutAbsent's words searched instead
    // ("disagreements" of "disagreements between countries over the sea"); empty when the query was searched as typed.
    /// <summary>
    /// Where the results are for a correction (correctedSearched): each word changed, as typed and as searched
    /// ("militery", "military"); the query's other words were searched as typed. Empty otherwise.
    /// </summary>
    public sealed record CorrectedWordAnswer(string Typed, string Corrected);
    public sealed record SearchFacets(IReadOnlyDictionary<string, int> Kind, IReadOnlyDictionary<string, int> Document);
    /// <summary>
    /// One result; the snippet as HTML (<c>&lt;mark&gt;</c> around matched words) and as parts; what the snippet cannot
    /// show of why it matched: <c>apart</c>, the query's words as typed when this result holds each in its text but none
    /// side by side (empty otherwise), and <c>foundOutsideText</c>, the searched words it holds only outside its text,
    /// by where (<c>heading</c>, <c>section</c>, <c>author</c>, <c>title</c>, <c>role</c>, <c>venue</c>, <c>date</c>) and
    /// that place's words, the word marked; and <c>indexedUnder</c>, the terms of the editors' subject index the query
    /// named whole, which found the result or ranked it higher (the editors' words, as they wrote them, never the text's);
    /// and <c>answersQuestion</c>, the editors' readers' question the query came nearest, where it found the result by
    /// meaning or put it first among those (their words, never the text's), else null.
    /// </summary>
    public sealed record SearchResult(string Id, string Kind, string Title, string Document, string Url, string Location, string Snippet, IReadOnlyList<SnippetPart> SnippetParts,
        IReadOnlyList<string> Apart, IReadOnlyList<FoundOutsideText> FoundOutsideText, IReadOnlyList<string> IndexedUnder,
        string? AnswersQuestion);
    /// <summary>Searched words (as typed) a result holds only outside its text: where, and that place's words as parts, the words marked.</summary>
    public sealed record FoundOutsideText(IReadOnlyList<string> Words, string Place, IReadOnlyList<SnippetPart> Parts);
    public sealed record SnippetPart(string Text, bool Marked);
    /// <summary>
    /// One suggestion: <c>text</c> whole and plain; for an item its <c>name</c> ("Commitment 4"), its <c>heading</c> (the
    /// editors' label where <c>headingIsEditors</c>) and, when only the paper's first sentence holds the typed words, a
    /// few of its words as <c>context</c>; for a word, the word as <c>heading</c>. Parts are marked where typed.
    /// </summary>
    public sealed record SuggestionAnswer(string Text, string? Url, string? Name, IReadOnlyList<SnippetPart> Heading, bool HeadingIsEditors, IReadOnlyList<SnippetPart> Context);

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        // The search's two singletons are taken here, once, rather than from the request's services at every search
        // (a dictionary look-up each, docs/performance.md, seventeenth session); the edition is the request's own.
        var meaning = app.ServiceProvider.GetRequiredService<PortalMeaning>();
        var log = app.ServiceProvider.GetRequiredService<SearchLog>();
        app.MapGet(Routes.ApiSearch, ([AsParameters] SearchParameters input, Edition edition, HttpContext context) => Search(input, edition, meaning, log, context)).WithTags(ApiTags.Search).WithName("Search").WithSummary("Searches the paper and the commentaries.").ProducesProblem(StatusCodes.Status400BadRequest);
        // Only where the path is on: off, the address names nothing and the description does not list it.
        if (meaning.Enabled)
            app.MapGet(Routes.ApiSearchMeaning, SearchByMeaning).WithTags(ApiTags.Search).WithName("SearchByMeaning")
                .WithSummary("A search's passages found by meaning, where its words found too little.")
                .WithDescription("The same answer as /api/search, with foundByMeaning searched: the query is embedded by a language model, "
                + "a few at a time. /api/search gives foundByMeaningUrl, this address for its query, where meaning may add results it has not "
                + "searched. Under load the answer is 503 with Retry-After at once, never a long wait.")
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet(Routes.ApiSuggest, Suggest).WithTags(ApiTags.Search).WithName("Suggest").WithSummary("Suggestions while typing: item headings and words.");
    }

    public static Results<JsonAnswer<SearchAnswer>, ProblemHttpResult> Search([AsParameters] SearchParameters input, Edition edition, PortalMeaning meaning, SearchLog log, HttpContext context)
    {
        if (SearchParameters.Repeated(context.Request.Query) is { } repeated)
            return Problems.BadRequest($"{repeated} given more than once", SearchParameters.GiveOnce(repeated, [.. context.Request.Query[repeated]]));
        if (ApiMeaningParameter.Refused(context.Request.Query) is { } meaningGiven) return Problems.BadRequest("Unknown parameter: meaning", meaningGiven);
        if (!input.HasQuery) return SearchParameters.Bracketed(context.Request.Query) is var (name, words) ? Problems.BadRequest("No query", SearchParameters.GiveAsQ(name, words)) : Problems.BadRequest("No query", SearchParameters.NoQuery);
        if (!SearchParameters.QueryIsText(context.Request.QueryString.Value)) return Problems.BadRequest("Query not text", SearchParameters.NotText);
        if (!input.TryRead(out var request, out var problem))
            return input.PageBeyondAny ? TypedResults.Problem(title: "No such page", detail: problem, statusCode: StatusCodes.Status404NotFound) : Problems.BadRequest("Invalid page", problem);
        try
        {
            // The keywords' answer at once: meaning's only where it costs no model work, else its address.
            var response = WithMeaningNote(meaning.Known(edition, request, edition.Search.Search(request)));
            // A page past the last is no page, answered as the search page answers it: 404, naming the last (review 19,
            // D11: 200 with an empty list, which a client paging on takes for the end of nothing).
            if (response.Total > 0 && response.Hits.Count == 0)
                return TypedResults.Problem(title: "No such page", statusCode: StatusCodes.Status404NotFound,
                    detail: $"There is no page {response.Page}: the {response.Total} result{(response.Total == 1 ? "" : "s")} fill {response.PageCount} page{(response.PageCount == 1 ? "" : "s")}. The last is {Routes.ApiSearch}{input.QueryString()}&page={response.PageCount}.");
            // Debug: searches are counted (metrics, the per-minute summary); a line each would be the per-request log again.
            log.Found(response.Query.Length, response.Total);
            var meaningUrl = MeaningUrl(input, response);
            return new JsonAnswer<SearchAnswer>(json => SearchAnswerJson.Write(json, response, edition.Addresses, meaningUrl));
        }
        catch (InvalidSearchException e)
        {
            return OverLimitProblem.Of(e, edition, request, context.RequestAborted);
        }
    }

    /// <summary>
    /// The search with its passages found by meaning: the query embedded, rationed (<see cref="Core.Search.Meaning.MeaningSearch"/>);
    /// 503 with Retry-After, at once, when the model is busy or not yet ready.
    /// </summary>
    public static async Task<Results<JsonAnswer<SearchAnswer>, ProblemHttpResult>> SearchByMeaning([AsParameters] SearchParameters input, Edition edition,
        PortalMeaning meaning, HttpContext context)
    {
        if (SearchParameters.Repeated(context.Request.Query) is { } repeated)
            return Problems.BadRequest($"{repeated} given more than once", SearchParameters.GiveOnce(repeated, [.. context.Request.Query[repeated]]));
        if (ApiMeaningParameter.Refused(context.Request.Query) is { } meaningGiven) return Problems.BadRequest("Unknown parameter: meaning", meaningGiven);
        if (!input.HasQuery) return SearchParameters.Bracketed(context.Request.Query) is var (name, words) ? Problems.BadRequest("No query", SearchParameters.GiveAsQ(name, words)) : Problems.BadRequest("No query", SearchParameters.NoQuery);
        if (!SearchParameters.QueryIsText(context.Request.QueryString.Value)) return Problems.BadRequest("Query not text", SearchParameters.NotText);
        if (!input.TryRead(out var request, out var problem)) return Problems.BadRequest("Invalid page", problem);
        try
        {
            var response = await meaning.FindAsync(edition, request, edition.Search.Search(request), context.RequestAborted);
            if (MeaningBusy.Of(response) is { } busy)
            {
                context.Response.Headers.RetryAfter = busy.RetryAfterSeconds;
                MeaningBusy.Mark(context);
                return TypedResults.Problem(title: "Search by meaning is busy", detail: busy.Reason, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            response = WithMeaningNote(response);
            return new JsonAnswer<SearchAnswer>(json => SearchAnswerJson.Write(json, response, edition.Addresses, null));
        }
        catch (InvalidSearchException e)
        {
            return OverLimitProblem.Of(e, edition, request, context.RequestAborted);
        }
    }

    /// <summary>The note an answer searched by meaning with nothing found carries (review 20 D1).</summary>
    public const string NoneFoundByMeaning = "None found by meaning: no passage stands out by meaning for this query (a language model, arctic-embed-xs, found none clearly closer to it than the rest).";

    /// <summary>
    /// An answer searched by meaning that found nothing says so in its notes, as the search page says "none found by
    /// meaning": a kept answer came back with foundByMeaningUrl null and no word of the search (review 20 D1), which
    /// read as if meaning had never been asked.
    /// </summary>
    public static SearchResponse WithMeaningNote(SearchResponse response) =>
        response is { ByMeaningStatus: Core.Search.Meaning.MeaningStatus.Done, ByMeaning.Count: 0, Page: 1 } && NoneNote(response) is var note && !response.Notes.Contains(note)
            ? response with { Notes = [.. response.Notes, note] }
            : response;

    /// <summary>
    /// Where nothing was shown by meaning because the words asked about are in no passage (the twenty-ninth turn), the
    /// note says that, not that no passage stood out.
    /// </summary>
    public static string NoneNote(SearchResponse response) =>
        response.ByMeaningWithheldFor.Count == 0 ? NoneFoundByMeaning
            : $"None found by meaning: no passage mentions {string.Join(" or ", response.ByMeaningWithheldFor.Select(w => $"“{w}”"))}, and the passages nearest the rest of the query are not shown as answers to it.";

    /// <summary>
    /// Where the passages found by meaning can be asked for, when this answer could not include them; else null. Also
    /// while the model is loading (that address then answers 503 with Retry-After), since a kept answer outlives that.
    /// </summary>
    public static string? MeaningUrl(SearchParameters input, SearchResponse response) =>
        response.ByMeaningStatus is Core.Search.Meaning.MeaningStatus.Deferred or Core.Search.Meaning.MeaningStatus.NotReady ? Routes.ApiSearchMeaning + input.QueryString() : null;

    /// <summary>
    /// The answer as records: the shape the API describes. The endpoint writes the same JSON without making them
    /// (<see cref="SearchAnswerJson"/>); SearchAnswerJsonTests holds the two to the same bytes.
    /// </summary>
    public static SearchAnswer Answer(SearchResponse response, AddressBook addresses, string? meaningUrl = null) =>
        new(response.Query, response.Total, response.Corrected, response.SearchedCorrected, response.CorrectedWords.Select(c => new CorrectedWordAnswer(c.Typed, c.Corrected)).ToList(), response.Page, response.PageCount,
            new SearchFacets(response.KindCounts, response.DocumentCounts),
            response.Hits.Select(h => Result(h, ResultAddress.Of(h, response, addresses))).ToList(),
            response.Relaxed is { } r ? new RelaxedAnswer(r.NotRequired, r.Words, r.Required, r.Strict) : null, response.Reference, response.OtherScript,
            response.AlsoSearched.Select(a => new AlsoSearchedAnswer(a.Typed, a.Forms, a.TypedFound)).ToList(),
            response.Separately.Select(f => new SeparatelyAnswer(f.Text, f.Query, f.Units)).ToList(),
            response.WithoutAbsent is { } w ? new SeparatelyAnswer(w.Text, w.Query, w.Units) : null, response.Dropped, response.UnfilteredTotal, response.WordsApart,
            response.ReferencedPassage?.Address, response.ByMeaning.Select(h => Result(h, ResultAddress.ByMeaning(h, addresses))).ToList(), response.ByMeaningFirst, meaningUrl,
            response.Unclosed is { } u ? new UnclosedAnswer(u.Words, u.Query) : null, response.Notes,
            response.NotRequired.Select(w => new CommonNotRequiredAnswer(w.Text, w.Units, w.Lacking, w.FiledUnderSubject)).ToList());

    public static Ok<IReadOnlyList<SuggestionAnswer>> Suggest(string? q, Edition edition) =>
        TypedResults.Ok<IReadOnlyList<SuggestionAnswer>>(edition.Search.Suggest(q)
            .Select(s => new SuggestionAnswer(s.Text, s.Url, s.Name, Parts(s.Heading), s.HeadingIsEditors, Parts(s.Context))).ToList());

    private static SearchResult Result(SearchHit h, string url) => new(h.Id, h.Kind, h.Title, h.Document, url, h.Location, Markup.Runs(h.Snippet), Parts(h.Snippet),
        h.Note.Apart, h.Note.Outside.Select(o => new FoundOutsideText(o.Words, PlaceName(o.Place), Parts(o.Text))).ToList(),
        h.Note.IndexedUnder, h.Note.AnswersQuestion);

    /// <summary>A place's name in the API: "author", "role".</summary>
    public static string PlaceName(MatchedPlace place) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(place.ToString());

    private static IReadOnlyList<SnippetPart> Parts(IReadOnlyList<TextRun> runs) => runs.Select(r => new SnippetPart(r.Text, r.Marked)).ToList();
}

/// <summary>
/// The search's own log (category "Search"), made once: the endpoint asked the logger factory for it on every request,
/// which made a new logger each time. Debug only, and off by default.
/// </summary>
public sealed partial class SearchLog(ILoggerFactory factory)
{
    private readonly ILogger logger = factory.CreateLogger("Search");

    public void Found(int queryLength, int total) => LogFound(logger, queryLength, total);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search of {QueryLength} characters found {Total}")]
    private static partial void LogFound(ILogger logger, int queryLength, int total);
}
