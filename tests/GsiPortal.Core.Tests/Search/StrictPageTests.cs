using System.Globalization;
using System.Text;
using GsiPortal.Core.Search;
using GsiPortal.Testing;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A strict search that finds one or two units is usually replaced by a relaxation, so its page (snippets and notes)
/// is made only where that page is answered (<see cref="PortalIndex.PagesOnlyAnswered"/>). Every answer must be the one
/// made when the page came at once: words found apart (whose notice reads the page), a name in capitals, a query that
/// cannot be relaxed, a relaxation that found too little, a correction — over the judged queries with a page, a kind
/// and a document asked, and load.sh's word pairs and triples, where a third of the answers are relaxed.
/// </summary>
public class StrictPageTests
{
    private static readonly PortalIndex Later = PortalIndex.Build(RealContent.Library);

    private static readonly PortalIndex AtOnce = BuiltAtOnce();

    private static PortalIndex BuiltAtOnce()
    {
        var index = PortalIndex.Build(RealContent.Library);
        index.PagesOnlyAnswered = false;
        return index;
    }

    /// <summary>load.sh's words (bench/load.sh's rotate.lua).</summary>
    private static readonly string[] Words =
    [
        "security", "peace", "dialogue", "nuclear", "sanctions", "sovereignty", "terrorism", "cooperation", "development",
        "indivisible", "climate", "africa", "ukraine", "charter", "governance", "dispute", "mechanism", "platform", "biosecurity",
        "maritime", "space", "energy", "food", "cyber", "data", "multilateralism", "hegemonism", "confrontation", "community", "mankind",
        "consultation", "stability", "regional", "global", "initiative", "principle", "common", "sustainable", "comprehensive", "traditional",
    ];

    [Fact]
    public void Judged_queries_answer_as_when_the_strict_page_was_made_at_once()
    {
        var queries = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f))).Select(j => j.Query)
            .Concat(["Our Common Agenda", "human rights", "peace -africa", "terorism and extremism", "sovereignity dialogue", "\"global security\" hegemonism", "secur* mankind"])
            .Distinct().ToList();
        var requests = queries.SelectMany(q => new[] { new SearchRequest(q), new SearchRequest(q, Page: 2), new SearchRequest(q, Kind: "commentary"), new SearchRequest(q, Document: "paper") });
        var deferred = Compare(requests);
        // The case this is about must be among them: a strict page of one or two that a relaxation replaced.
        Assert.True(deferred > 20, $"{deferred} relaxed answers after a strict search that found one or two");
    }

    [Fact]
    public void Load_queries_answer_as_when_the_strict_page_was_made_at_once()
    {
        var pairs = Words.SelectMany(a => Words.Where(b => b != a).Select(b => $"{a} {b}"));
        // Every seventh ordered triple: 8,000 of load.sh's 59,280.
        var triples = Words.SelectMany(a => Words.Where(b => b != a).SelectMany(b => Words.Where(c => c != a && c != b).Select(c => $"{a} {b} {c}")))
            .Where((_, i) => i % 7 == 0);
        var deferred = Compare(pairs.Concat(triples).Select(q => new SearchRequest(q)));
        Assert.True(deferred > 500, $"{deferred} relaxed answers after a strict search that found one or two");
    }

    /// <summary>Each request's answer from both indexes, every field; how many were relaxed after a strict page of one or two.</summary>
    private static int Compare(IEnumerable<SearchRequest> requests)
    {
        var deferred = 0;
        foreach (var request in requests)
        {
            var expected = Answer(AtOnce, request, out _);
            Assert.Equal(expected, Answer(Later, request, out var response));
            if (response?.Relaxed is { Strict: > 0 and < PortalIndex.TooLittle }) deferred++;
        }
        return deferred;
    }

    /// <summary>Every field of an answer a page or the API shows, as text.</summary>
    private static string Answer(PortalIndex index, SearchRequest request, out SearchResponse? response)
    {
        response = null;
        SearchResponse r;
        try { r = response = index.Search(request); }
        catch (InvalidSearchException e) { return "refused " + e.Message; }
        var f = CultureInfo.InvariantCulture;
        var w = new StringBuilder();
        w.AppendLine($"{r.Query} {r.Total} {r.PageCount} {r.Page} {r.Corrected} {r.SearchedCorrected} {r.OtherScript} {r.AsTyped} {r.NamedFirst}");
        w.AppendLine(string.Join(",", r.KindCounts.OrderBy(c => c.Key, StringComparer.Ordinal)) + " " + string.Join(",", r.DocumentCounts.OrderBy(c => c.Key, StringComparer.Ordinal)));
        w.AppendLine(string.Join(",", r.MarkTerms.Order(StringComparer.Ordinal)));
        w.AppendLine(r.Relaxed is { } x ? $"[{string.Join(",", x.NotRequired)}] [{string.Join(",", x.Words)}] {x.Required} {x.Strict} {x.Sources}" : "-");
        w.AppendLine($"{r.Reference} {r.ReferenceFirst} {r.ReferencedPassage?.Address} {r.UnfilteredTotal} {r.NearestByWords}");
        w.AppendLine(r.WordsApart && r.Apart is { } apart
            ? $"apart {apart.Shown} {apart.InText} [{string.Join(",", apart.OutsideText)}] [{string.Join(",", apart.OtherForms.Select(o => $"{o.Form}/{o.Word}/{o.Results}"))}]"
            : $"apart {r.WordsApart}");
        w.AppendLine(string.Join("; ", r.AlsoSearched.Select(a => $"{a.Typed}→{string.Join("/", a.Forms)} {a.TypedFound}")));
        w.AppendLine(string.Join("; ", r.Separately.Select(s => $"{s.Text}|{s.Query}|{s.Units}")));
        foreach (var h in r.Hits)
            w.AppendLine($"{h.Id} {h.Kind} {h.Document} {h.Url} {h.Location} {h.Title} {h.Score.ToString("R", f)} :: "
                + string.Concat(h.Snippet.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))
                + " " + string.Join("/", h.Note.Apart)
                + string.Concat(h.Note.Outside.Select(o => $" {o.Place}:{string.Join("/", o.Words)}:{string.Concat(o.Text.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))}")));
        return w.ToString();
    }
}
