using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// Searches per second in process, on one thread and on every core at once, over the word pairs bench/load.sh sends
/// to <c>/api/search</c>: the ceiling the search itself sets before HTTP, JSON and the output cache add their share,
/// and, between one thread and all, how well searches run side by side.
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

    public static void Run(string contentFolder, double seconds)
    {
        var index = PortalIndex.Build(ContentLoader.Load(contentFolder).Library!);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        Measure(index, 1, 1.0);
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var searches = Measure(index, threads, seconds);
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            // CPU time per search, the process's whole (GC and JIT threads included): less moved by other processes'
            // load than searches per second, which count only the time this process was given.
            Console.WriteLine($"{threads} thread(s): {searches / seconds:N0} searches/s ({1000.0 * threads * seconds / searches:0.000} ms of a thread each), {used / searches:0.0000} ms of CPU each, {allocated / 1024.0 / searches:0.0} KB allocated each");
        }
    }

    private static long Measure(PortalIndex index, int threads, double seconds)
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
                index.Search(new SearchRequest($"{Words[n % Words.Length]} {Words[n * 7 % Words.Length]}"));
                done++;
            }
            Interlocked.Add(ref total, done);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return total;
    }
}
