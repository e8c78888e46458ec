using System.Globalization;
using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// Every field of the search's answers, written out as text, for a large fixed set of queries: every judged query,
/// the latency bench's queries, the load bench's word pairs, a second page and filters. A change meant to leave
/// results alone (a speed-up, a file split) is checked by diffing two dumps: nothing may move, snippets, marks,
/// facets, scores and disclosures included.
/// </summary>
internal static class SearchDump
{
    /// <summary>Writes every answer to <paramref name="output"/>; with <paramref name="tuningOnly"/>, leaves out the held-apart files' queries (issue 24), so that a diff read while tuning shows none of them.</summary>
    public static void Run(string contentFolder, IEnumerable<string> extraQueries, string output, bool tuningOnly = false)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var index = PortalIndex.Build(library);
        addresses = library.Addresses;
        var queries = JudgedQueries(tuningOnly).Concat(extraQueries).Concat(WordPairs()).Distinct(StringComparer.Ordinal).ToList();
        var kinds = index.Kinds;
        var documents = library.Commentaries.Select(c => c.Id).Take(2).ToList();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var q in queries)
        {
            Write(writer, index, new SearchRequest(q));
            // A second page, a kind filter and a document filter for a share of the queries: the paths that differ.
            if (q.Length % 3 == 0) Write(writer, index, new SearchRequest(q, Page: 2));
            if (q.Length % 4 == 0) Write(writer, index, new SearchRequest(q, Kind: kinds[q.Length % kinds.Count]));
            if (q.Length % 5 == 0) Write(writer, index, new SearchRequest(q, Document: documents[q.Length % documents.Count]));
        }
        foreach (var q in queries.Take(300)) writer.WriteLine($"SUGGEST {q}: " + string.Join(" | ", index.Suggest(q).Select(s => $"{s.Text} {s.Url}")));
        Console.WriteLine($"{queries.Count} queries written to {output}");
    }

    /// <summary>The same fields for the queries given alone, to stdout: ... -- explain "query" ["query" …]</summary>
    public static void Explain(string contentFolder, IEnumerable<string> queries)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var index = PortalIndex.Build(library);
        addresses = library.Addresses;
        using var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        foreach (var q in queries) Write(writer, index, new SearchRequest(q));
    }

    private static IEnumerable<string> JudgedQueries(bool tuningOnly) =>
        new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .Concat(tuningOnly ? [] : new[] { "search-judgements-own-words.tsv", "search-judgements-own-words-2.tsv", "search-judgements-own-words-3.tsv", "search-judgements-own-words-4.tsv" })
            .Select(f => GsiPortal.Testing.Repository.Path("tests/Shared/" + f))
            .Where(File.Exists)
            .SelectMany(GsiPortal.Testing.SearchJudgements.Load)
            .Select(j => j.Query);

    /// <summary>Every ordered pair of the load bench's words (bench/load.sh, rotate.lua, sends 40 of them).</summary>
    private static IEnumerable<string> WordPairs() =>
        SearchThroughput.Words.SelectMany(a => SearchThroughput.Words.Select(b => $"{a} {b}"));

    /// <summary>The edition's addresses, to write where each result links (its landing sentence, <see cref="ResultAddress"/>).</summary>
    private static Core.Addresses.AddressBook? addresses;

    private static void Write(StreamWriter w, PortalIndex index, SearchRequest request)
    {
        SearchResponse r;
        try { r = index.Search(request); }
        catch (InvalidSearchException e) { w.WriteLine($"Q {request}: refused {e.Message}"); return; }
        var f = CultureInfo.InvariantCulture;
        w.WriteLine($"Q {request}");
        w.WriteLine($"  query={r.Query} total={r.Total} pages={r.PageCount} page={r.Page} corrected={r.Corrected} searchedCorrected={r.SearchedCorrected} other={r.OtherScript}");
        w.WriteLine($"  kinds={Counts(r.KindCounts)} documents={Counts(r.DocumentCounts)}");
        w.WriteLine($"  marks={string.Join(",", r.MarkTerms.Order(StringComparer.Ordinal))}");
        w.WriteLine($"  relaxed={(r.Relaxed is { } x ? $"[{string.Join(",", x.NotRequired)}] [{string.Join(",", x.Words)}] {x.Required} {x.Strict}" : "-")}");
        w.WriteLine($"  reference={r.Reference} first={r.ReferenceFirst} passage={r.ReferencedPassage?.Address} apart={r.WordsApart} unfiltered={r.UnfilteredTotal}");
        w.WriteLine($"  also={string.Join("; ", r.AlsoSearched.Select(a => $"{a.Typed}→{string.Join("/", a.Forms)} {a.TypedFound}"))}");
        w.WriteLine($"  separately={string.Join("; ", r.Separately.Select(s => $"{s.Text}|{s.Query}|{s.Units}"))}");
        foreach (var h in r.Hits)
            w.WriteLine($"  {h.Id} {h.Kind} {h.Document} {(addresses is null ? h.Url : ResultAddress.Of(h, r, addresses))} {h.Location} {h.Title} {h.Score.ToString("R", f)} :: "
                + string.Concat(h.Snippet.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))
                // What the snippet cannot show (the API's apart and foundOutsideText), where there is any.
                + (h.Note.Apart.Count > 0 ? $" apart={string.Join("/", h.Note.Apart)}" : "")
                + string.Concat(h.Note.Outside.Select(o => $" outside={o.Place}:{string.Join("/", o.Words)}:{string.Concat(o.Text.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))}"))
                + string.Concat(h.Note.IndexedUnder.Select(t => $" indexed={t}")));
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        string.Join(",", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}:{c.Value}"));
}
