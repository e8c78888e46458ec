using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Search;
using GsiPortal.Core.Text;
using GsiPortal.Web.Rendering;

namespace GsiPortal.Web.Api;

/// <summary>
/// The search's answer written as JSON straight from the core's response: the shape of
/// <see cref="SearchApi.SearchAnswer"/>, field for field and byte for byte as the host's serializer writes those records
/// (SearchAnswerJsonTests compares the two on every kind of answer), without making them. Making them built a list per
/// result, a snippet's HTML as a string and its parts as records, most of the web layer's allocation on a distinct
/// search (docs/performance.md); here a snippet's HTML goes from the runs into a reused buffer and from there into the JSON.
/// </summary>
internal static class SearchAnswerJson
{
    private static readonly JsonEncodedText Query = Name("query"), Total = Name("total"), Corrected = Name("corrected"),
        CorrectedSearched = Name("correctedSearched"), CorrectedWords = Name("correctedWords"), Page = Name("page"), PageCount = Name("pageCount"), Facets = Name("facets"),
        Kind = Name("kind"), Document = Name("document"), Results = Name("results"), Relaxed = Name("relaxed"),
        NotRequired = Name("notRequired"), Words = Name("words"), Required = Name("required"), Strict = Name("strict"),
        Reference = Name("reference"), OtherScript = Name("otherScript"), AlsoSearched = Name("alsoSearched"), Typed = Name("typed"),
        Forms = Name("forms"), TypedFound = Name("typedFound"), Separately = Name("separately"), WithoutAbsent = Name("withoutAbsent"), AnsweredWithout = Name("answeredWithout"), Text = Name("text"),
        UnfilteredTotal = Name("unfilteredTotal"), WordsApart = Name("wordsApart"), ReferenceUrl = Name("referenceUrl"),
        FoundByMeaning = Name("foundByMeaning"), FoundByMeaningFirst = Name("foundByMeaningFirst"), FoundByMeaningUrl = Name("foundByMeaningUrl"), UnclosedQuote = Name("unclosedQuote"), Id = Name("id"),
        Title = Name("title"), Url = Name("url"), Location = Name("location"), Snippet = Name("snippet"),
        SnippetParts = Name("snippetParts"), Marked = Name("marked"), Apart = Name("apart"), FoundOutsideText = Name("foundOutsideText"),
        Place = Name("place"), Parts = Name("parts"), IndexedUnder = Name("indexedUnder"), AnswersQuestion = Name("answersQuestion"), Notes = Name("notes"),
        CommonNotRequired = Name("commonNotRequired"), Units = Name("units"), Lacking = Name("lacking"), FiledUnderSubject = Name("filedUnderSubject");

    /// <summary>Each place's name, as <see cref="SearchApi.PlaceName"/> gives it.</summary>
    private static readonly JsonEncodedText[] Places = [.. Enum.GetValues<MatchedPlace>().Select(p => Name(SearchApi.PlaceName(p)))];

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name);

    /// <summary>One buffer per thread for a snippet's HTML: writing is synchronous.</summary>
    [ThreadStatic] private static CharBuffer? html;

    /// <summary>The answer; <paramref name="meaningUrl"/> where meaning may add results this answer did not search.</summary>
    public static void Write(Utf8JsonWriter json, SearchResponse response, AddressBook addresses, string? meaningUrl)
    {
        json.WriteStartObject();
        json.WriteString(Query, response.Query);
        json.WriteNumber(Total, response.Total);
        json.WriteString(Corrected, response.Corrected);
        json.WriteBoolean(CorrectedSearched, response.SearchedCorrected);
        json.WriteStartArray(CorrectedWords);
        foreach (var word in response.CorrectedWords)
        {
            json.WriteStartObject();
            json.WriteString(Typed, word.Typed);
            json.WriteString(Corrected, word.Corrected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber(Page, response.Page);
        json.WriteNumber(PageCount, response.PageCount);
        json.WriteStartObject(Facets);
        Counts(json, Kind, response.KindCounts);
        Counts(json, Document, response.DocumentCounts);
        json.WriteEndObject();
        Hits(json, Results, response.Hits, h => ResultAddress.Of(h, response, addresses));
        if (response.Relaxed is { } relaxed)
        {
            json.WriteStartObject(Relaxed);
            Strings(json, NotRequired, relaxed.NotRequired);
            Strings(json, Words, relaxed.Words);
            json.WriteNumber(Required, relaxed.Required);
            json.WriteNumber(Strict, relaxed.Strict);
            json.WriteEndObject();
        }
        else json.WriteNull(Relaxed);
        json.WriteString(Reference, response.Reference);
        json.WriteBoolean(OtherScript, response.OtherScript);
        json.WriteStartArray(AlsoSearched);
        foreach (var also in response.AlsoSearched)
        {
            json.WriteStartObject();
            json.WriteString(Typed, also.Typed);
            Strings(json, Forms, also.Forms);
            json.WriteBoolean(TypedFound, also.TypedFound);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray(Separately);
        foreach (var alone in response.Separately)
        {
            json.WriteStartObject();
            Alone(json, alone);
        }
        json.WriteEndArray();
        if (response.WithoutAbsent is { } without)
        {
            json.WriteStartObject(WithoutAbsent);
            Alone(json, without);
        }
        else json.WriteNull(WithoutAbsent);
        Strings(json, AnsweredWithout, response.Dropped);
        if (response.UnfilteredTotal is { } unfiltered) json.WriteNumber(UnfilteredTotal, unfiltered);
        else json.WriteNull(UnfilteredTotal);
        json.WriteBoolean(WordsApart, response.WordsApart);
        json.WriteString(ReferenceUrl, response.ReferencedPassage?.Address);
        Hits(json, FoundByMeaning, response.ByMeaning, h => ResultAddress.ByMeaning(h, addresses));
        json.WriteBoolean(FoundByMeaningFirst, response.ByMeaningFirst);
        json.WriteString(FoundByMeaningUrl, meaningUrl);
        if (response.Unclosed is { } unclosed)
        {
            json.WriteStartObject(UnclosedQuote);
            json.WriteString(Words, unclosed.Words);
            json.WriteString(Query, unclosed.Query);
            json.WriteEndObject();
        }
        else json.WriteNull(UnclosedQuote);
        Strings(json, Notes, response.Notes);
        json.WriteStartArray(CommonNotRequired);
        for (var i = 0; i < response.NotRequired.Count; i++)
        {
            var word = response.NotRequired[i];
            json.WriteStartObject();
            json.WriteString(Text, word.Text);
            json.WriteNumber(Units, word.Units);
            json.WriteNumber(Lacking, word.Lacking);
            json.WriteBoolean(FiledUnderSubject, word.FiledUnderSubject);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A search of some of the query's words and what it finds, as <see cref="SearchApi.SeparatelyAnswer"/>; closes the object.</summary>
    private static void Alone(Utf8JsonWriter json, FoundAlone alone)
    {
        json.WriteString(Text, alone.Text);
        json.WriteString(Query, alone.Query);
        json.WriteNumber(Total, alone.Units);
        json.WriteEndObject();
    }

    private static void Hits(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<SearchHit> hits, Func<SearchHit, string> url)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            json.WriteStartObject();
            json.WriteString(Id, hit.Id);
            json.WriteString(Kind, hit.Kind);
            json.WriteString(Title, hit.Title);
            json.WriteString(Document, hit.Document);
            json.WriteString(Url, url(hit));
            json.WriteString(Location, hit.Location);
            var buffer = html ??= new CharBuffer();
            buffer.Clear();
            Markup.WriteRuns(hit.Snippet, buffer);
            json.WriteString(Snippet, buffer.Written);
            json.WriteStartArray(SnippetParts);
            for (var r = 0; r < hit.Snippet.Count; r++) Part(json, hit.Snippet[r]);
            json.WriteEndArray();
            Strings(json, Apart, hit.Note.Apart);
            json.WriteStartArray(FoundOutsideText);
            // Read by index, here and below: a foreach through the read-only interfaces made an enumerator for each list.
            var outsideText = hit.Note.Outside;
            for (var o = 0; o < outsideText.Count; o++)
            {
                var outside = outsideText[o];
                json.WriteStartObject();
                Strings(json, Words, outside.Words);
                json.WriteString(Place, Places[(int)outside.Place]);
                json.WriteStartArray(Parts);
                for (var r = 0; r < outside.Text.Count; r++) Part(json, outside.Text[r]);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Strings(json, IndexedUnder, hit.Note.IndexedUnder);
            if (hit.Note.AnswersQuestion is { } question) json.WriteString(AnswersQuestion, question);
            else json.WriteNull(AnswersQuestion);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Part(Utf8JsonWriter json, TextRun run)
    {
        json.WriteStartObject();
        json.WriteString(Text, run.Text);
        json.WriteBoolean(Marked, run.Marked);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) json.WriteStringValue(values[i]);
        json.WriteEndArray();
    }

    private static void Counts(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        // A dictionary's own enumerator where it is one (the same order), rather than one boxed through the interface.
        if (counts is Dictionary<string, int> dictionary)
            foreach (var (key, count) in dictionary) json.WriteNumber(key, count);
        else
            foreach (var (key, count) in counts) json.WriteNumber(key, count);
        json.WriteEndObject();
    }
}
