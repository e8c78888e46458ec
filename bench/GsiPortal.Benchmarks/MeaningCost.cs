using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What the meaning path costs (docs/performance.md, "Search by meaning"):
///   dotnet run -c Release --project bench/GsiPortal.Benchmarks -- meaning
/// The process's resident memory with the content and index alone, after the model loads, and after the passages
/// are embedded; then the time a request adds when the rule lets it speak — the query embedded (no cache: each
/// query once per round) and every unit scored — over every query of the judged tuning sets, the least of three
/// rounds per query, as p50 and p99.
/// </summary>
internal static class MeaningCost
{
    public static void Run(string contentFolder)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var index = PortalIndex.Build(library);
        Console.WriteLine($"content and index: {Resident()} MB resident");
        var started = Stopwatch.GetTimestamp();
        MeaningModel.Shared.Load().GetAwaiter().GetResult();
        Console.WriteLine($"model loaded in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms: {Resident()} MB resident");
        // WordNet's near words (the thirteenth turn), loaded by the meaning path alone: what the table keeps.
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = Resident();
        started = Stopwatch.GetTimestamp();
        var wordNet = WordNetNear.Table;
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine($"WordNet's near words ({wordNet.Count} lemmas) loaded in {loadMs:0} ms: {(GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024} KB kept on the heap, {Resident() - residentBefore} MB more resident");
        started = Stopwatch.GetTimestamp();
        var meaning = new MeaningSearch(MeaningModel.Shared);
        var prepared = meaning.Prepare(library).GetAwaiter().GetResult();
        Console.WriteLine($"{prepared.Units.Count} units, their {prepared.SentenceCount} sentences and {prepared.QuestionCount} readers' questions embedded in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms: {Resident()} MB resident");
        var queries = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/" + f)))
            .Select(j => j.Query).Distinct().ToList();
        var best = queries.ToDictionary(q => q, _ => double.MaxValue);
        for (var round = 0; round < 3; round++)
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                var vector = MeaningModel.Shared.Query(q)!;
                var nearest = prepared.Nearest(vector);
                MeaningRule.Choose(nearest, 0);
                // The readers' questions, as the rule asks them (the eighteenth turn): one dot product a question.
                if (prepared.NearestQuestion(vector, _ => true) is { } asked) MeaningRule.QuestionSpeaks(asked.Cosine, asked.Unit == nearest[0].Unit);
                best[q] = Math.Min(best[q], Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        var times = best.Values.Order().ToList();
        Console.WriteLine($"a query by meaning (embedded and scored against {prepared.Units.Count} units, {prepared.SentenceCount} sentences and {prepared.QuestionCount} questions), {times.Count} distinct queries, least of 3 rounds: " +
            $"p50 {times[times.Count / 2]:0.0} ms, p99 {times[(int)(times.Count * 0.99)]:0.0} ms, max {times[^1]:0.0} ms; {Resident()} MB resident");
        Console.WriteLine($"keyword search of the same queries for comparison: {KeywordMedian(index, queries):0.00} ms median");
        var vectors = queries.Select(q => MeaningModel.Shared.Query(q)!).ToList();
        var asking = vectors.Select(v => { var t = Stopwatch.GetTimestamp(); prepared.NearestQuestion(v, _ => true); return Stopwatch.GetElapsedTime(t).TotalMilliseconds; }).Order().ToList();
        Console.WriteLine($"the nearest of {prepared.QuestionCount} readers' questions alone ({prepared.QuestionCount * 384 * 4 / 1024} KB of vectors): p50 {asking[asking.Count / 2]:0.000} ms, p99 {asking[(int)(asking.Count * 0.99)]:0.000} ms");
        // The twelfth turn's check of the words the nearest passage lacks, where the words found nothing: what the unit
        // holds, each lacking word's vector (embedded when the texts do not write it), and its nearest words of the texts.
        var covering = new List<double>();
        foreach (var q in queries)
        {
            var keywords = index.Search(new SearchRequest(q));
            if (keywords.Total > 0 || keywords.HeldBy is null) continue;
            var scored = prepared.Nearest(MeaningModel.Shared.Query(q)!);
            var nearest = scored[0].Unit;
            // The share the rule asks of it: less where the model's three views agree (the fourteenth turn).
            var share = MeaningRule.ViewsAgree(scored) ? MeaningRule.CoveredShareWhereViewsAgree : MeaningRule.CoveredShare;
            var least = double.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                var t = Stopwatch.GetTimestamp();
                // As MeaningSearch asks it: the share and the names first, then WordNet's near words, then the words
                // WordNet leaves that the texts do not write embedded in one call, each word's nearest words of the texts.
                if (keywords.HeldBy(prepared.Units[nearest].Id) is { LacksName: false } held && held.Share >= share)
                {
                    var left = held.Lacking.Where(w => !prepared.Words.WordNetCovers(nearest, w)).ToList();
                    var missing = left.Where(w => prepared.Words.Of(w) is null).ToList();
                    var made = missing.Count > 0 ? MeaningModel.Shared.Words(missing)! : [];
                    foreach (var w in left)
                        prepared.Words.Covers(nearest, prepared.Words.Of(w) ?? made[missing.IndexOf(w)]);
                }
                least = Math.Min(least, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            covering.Add(least);
        }
        covering.Sort();
        Console.WriteLine($"the words the nearest passage lacks, checked ({covering.Count} queries whose words found nothing, as the rule asks; no word cached), least of 3 rounds: " +
            $"p50 {covering[covering.Count / 2]:0.00} ms, p99 {covering[(int)(covering.Count * 0.99)]:0.00} ms, max {covering[^1]:0.00} ms; {prepared.Words.Count} words of the texts kept ({prepared.Words.Count * 384 * 4 / 1024} KB of vectors)");
    }

    private static double KeywordMedian(PortalIndex index, IReadOnlyList<string> queries)
    {
        var times = queries.Select(q => { var t = Stopwatch.GetTimestamp(); index.Search(new SearchRequest(q)); return Stopwatch.GetElapsedTime(t).TotalMilliseconds; }).Order().ToList();
        return times[times.Count / 2];
    }

    private static long Resident()
    {
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / 1048576;
    }
}
