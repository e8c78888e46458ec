using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// Searches per second in process, on one thread and on every core at once, over the word pairs bench/load.sh sends
/// to <c>/api/search</c>: the ceiling the search itself sets before HTTP, JSON and the output cache add their share,
/// and, between one thread and all, how well searches run side by side. Then, on one thread, the CPU time and bytes
/// allocated per search by the path a pair takes (found at once, found too little and relaxed, found nothing): what
/// each stage of a search costs, free of the machine's load as far as CPU time and bytes are.
/// </summary>
internal static class SearchThroughput
{
    /// <summary>The load bench's words (bench/load.sh, rotate.lua), paired the same way.</summary>
    internal static readonly string[] Words =
    [
        "security", "peace", "dialogue", "nuclear", "sanctions", "sovereignty", "terrorism", "cooperation", "development",
        "indivisible", "climate", "africa", "ukraine", "charter", "governance", "dispute", "mechanism", "platform", "biosecurity",
        "maritime", "space", "energy", "food", "cyber", "data", "multilateralism", "hegemonism", "confrontation", "community", "mankind",
        "consultation", "stability", "regional", "global", "initiative", "principle", "common", "sustainable", "comprehensive", "traditional",
    ];

    public static void Run(string contentFolder, double seconds, bool load = false)
    {
        var index = PortalIndex.Build(ContentLoader.Load(contentFolder).Library!);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        // The 40 pairs (a, 7a mod 40) of the first load bench; with --load, what rotate.lua asks now: every ordered pair and
        // triple of the words, in its order (97 % of them triples), so that no cache keyed by a whole query answers.
        var queries = load
            ? LoadQueries().ToArray()
            : Enumerable.Range(1, Words.Length * Words.Length).Select(n => $"{Words[n % Words.Length]} {Words[n * 7 % Words.Length]}").Distinct().ToArray();
        // Warmed until tiered compilation has settled (its second tier and on-stack replacement come after some seconds
        // and thousands of calls; on a loaded machine the seconds alone were not enough).
        for (var warmed = 0L; warmed < 40_000;) warmed += Measure(index, queries, 1, 1.0);
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var (searches, cpu, bytes) = Cost(index, queries, threads, seconds);
            Console.WriteLine($"{threads} thread(s): {searches / seconds:N0} searches/s ({1000.0 * threads * seconds / searches:0.000} ms of a thread each), {cpu:0.0} µs of CPU each, {bytes / 1024.0:0.0} KB allocated each");
        }
        // By path, on one thread: the queries that find three results or more as typed, those relaxed because they found
        // too little (one or two, or none and then found some), and those that find nothing at all.
        var paths = queries.GroupBy(q => index.Search(new SearchRequest(q)) switch
        {
            { Total: 0 } => "nothing found",
            { Relaxed: not null } => "relaxed",
            _ => "found as typed",
        }).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var (searches, cpu, bytes) = Cost(index, path.ToArray(), 1, seconds / 2);
            Console.WriteLine($"  {path.Key,-15} {path.Count(),5} queries: {cpu,6:0.0} µs of CPU, {bytes / 1024.0,6:0.0} KB allocated per search ({searches} searches)");
        }
    }

    /// <summary>
    /// bench/load.sh's distinct queries in the order its rotate.lua asks them: the g-th of every ordered pair and then
    /// every ordered triple of distinct words, for g = k × 7919 mod their number (60,840), k = 0, 1, 2, …
    /// </summary>
    internal static IEnumerable<string> LoadQueries()
    {
        var w = Words.Length;
        var pairCount = w * (w - 1);
        var space = pairCount + w * (w - 1) * (w - 2);
        for (long k = 0; k < space; k++)
        {
            var g = (int)(k * 7919 % space);
            if (g < pairCount)
            {
                var a = g / (w - 1);
                yield return $"{Words[a]} {Words[Other(g % (w - 1), a)]}";
                continue;
            }
            var h = g - pairCount;
            var first = h / ((w - 1) * (w - 2));
            var r = h % ((w - 1) * (w - 2));
            var second = Other(r / (w - 2), first);
            var third = Other(r % (w - 2), Math.Min(first, second), Math.Max(first, second));
            yield return $"{Words[first]} {Words[second]} {Words[third]}";
        }
    }

    /// <summary>The k-th word index other than those taken (ascending), as rotate.lua counts.</summary>
    private static int Other(int k, params int[] taken)
    {
        foreach (var t in taken)
            if (k >= t) k++;
        return k;
    }

    /// <summary>Searches made, and the process's CPU time (GC and JIT threads included) and bytes allocated per search.</summary>
    private static (long Searches, double CpuMicroseconds, double Bytes) Cost(PortalIndex index, string[] queries, int threads, double seconds)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var searches = Measure(index, queries, threads, seconds);
        // CPU time per search: less moved by other processes' load than searches per second, which count only the time
        // this process was given.
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return (searches, 1000 * used / searches, (double)allocated / searches);
    }

    private static long Measure(PortalIndex index, string[] queries, int threads, double seconds)
    {
        long total = 0;
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var n = t * 7919;
            long done = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                n++;
                index.Search(new SearchRequest(queries[n % queries.Length]));
                done++;
            }
            Interlocked.Add(ref total, done);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return total;
    }
}
