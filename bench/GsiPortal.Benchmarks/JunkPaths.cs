using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// By which path each query of the TUNING files comes to show what it shows (issue 24, the twenty-seventh turn):
/// ... -- junk-paths [--all]. For every no-answer query that shows anything (junk), and with --all for every query the
/// words answer without a word found nowhere (<see cref="SearchResponse.Dropped"/>), one line: the file, the query,
/// the keyword path (strict: every word required, or a common word let go; relaxed: without function or common words;
/// floor: most of the words, weighed; answered without: a word found nowhere left out) and the meaning path (stands
/// out; beside the words' one or two results; the words and the model agree; the passage covers the words it lacks;
/// an editors' question), with the ids each shows; with --path P, also every query, answerable or not, whose meaning
/// path begins with P ("agreement"). Never reads the held-apart files.
/// </summary>
internal static class JunkPaths
{
    public static void Run(string contentFolder, bool all, string? path = null)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        var junk = 0;
        foreach (var (file, j) in TuningBench.Judgements())
        {
            var request = new SearchRequest(j.Query);
            var keywords = index.Search(request);
            var answer = meaning.Extend(library, request, keywords);
            var shown = ResultGroups.Shown(keywords).Select(h => h.Id).ToList();
            var byMeaning = answer.ByMeaning.Select(h => h.Id).ToList();
            var isJunk = !j.HasAnswer && (shown.Count > 0 || byMeaning.Count > 0);
            if (isJunk) junk++;
            var model = byMeaning.Count == 0 ? "-" : MeaningPath(answer, keywords, prepared, units) + " " + string.Join(",", byMeaning);
            if (!isJunk && !(all && keywords.Dropped.Count > 0) && !(path is not null && model.StartsWith(path, StringComparison.Ordinal))) continue;
            var words = shown.Count == 0 ? "-" : KeywordPath(keywords) + " " + string.Join(",", shown.Take(3));
            var absent = string.Join(",", keywords.Separately.Where(f => f.Units == 0).Select(f => f.Text));
            if (absent.Length > 0) model += $" (found nowhere: {absent})";
            var grade = j.HasAnswer ? $"answer {string.Join(",", j.Targets.Where(t => t.Value == 2).Select(t => t.Key))}" : "no answer";
            Console.WriteLine($"{file}\t{j.Query}\t{grade}\twords: {words}\tmeaning: {model}");
        }
        Console.WriteLine($"junk: {junk}");
    }

    private static string KeywordPath(SearchResponse r) =>
        r.Dropped.Count > 0 ? $"answered without [{string.Join(",", r.Dropped)}] as “{r.WithoutAbsent?.Query}”{(r.Relaxed is { } d ? (d.MostOf ? " (floor)" : " (relaxed)") : "")}"
        : r.Relaxed is null ? (r.NotRequired.Count > 0 ? "strict (a common word let go)" : "strict")
        : r.Relaxed.MostOf ? $"floor (most of {string.Join(",", r.Relaxed.Words)})"
        : $"relaxed (without {string.Join(",", r.Relaxed.NotRequired)})";

    private static string MeaningPath(SearchResponse answer, SearchResponse keywords, MeaningIndex prepared, IReadOnlyList<SearchUnit> units)
    {
        if (answer.ByMeaning[0].Note.AnswersQuestion is not null) return "editors' question";
        if (keywords.Total > 0) return "beside the words";
        var vector = MeaningModel.Shared.Query(answer.MeaningQuery)!;
        var nearest = prepared.Nearest(vector);
        if (MeaningRule.Choose(nearest, 0).Count > 0) return "stands out";
        if (keywords.NearestByWords is { } id && units[nearest[0].Unit].Id == id) return "agreement";
        return "covered";
    }
}
