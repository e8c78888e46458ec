using System.Diagnostics.Tracing;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What a distinct search allocates, by type: the runtime's allocation ticks (one event per ~100 KB allocated, naming
/// the type of the object that crossed the mark) over load.sh's queries, so each type's share of the ticks is its share
/// of the bytes, sampled. Where the garbage collector's work comes from, free of the machine's load (docs/performance.md).
/// ... -- alloc-types [searches]
/// </summary>
internal static class AllocTypes
{
    public static void Run(string folder, int searches)
    {
        Garbage("before anything is loaded");
        var library = ContentLoader.Load(folder).Library!;
        Garbage("the content loaded");
        var index = PortalIndex.Build(library);
        Garbage("its index built");
        var queries = SearchThroughput.LoadQueries().ToArray();
        for (var i = 0; i < 20_000; i++) index.Search(new SearchRequest(queries[i * 7919 % queries.Length]));
        // First without the listener: the collections' count and pause, per search (their cost lies in what each
        // collection must scan, not only in the bytes).
        var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var started = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < searches; i++) index.Search(new SearchRequest(queries[(i + 20_000) * 7919 % queries.Length]));
        var collections = GC.CollectionCount(0) - gcs;
        Console.WriteLine($"{collections} gen-0 collections ({(GC.GetAllocatedBytesForCurrentThread() - started) / Math.Max(1, collections) / 1024 / 1024.0:0.0} MB apart), "
            + $"{(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / Math.Max(1, collections):0} µs paused each, {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / searches:0.00} µs a search");
        // The same collections with nothing of a search alive or written: what a collection costs over this heap alone.
        (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        object? sink = null;
        for (var i = 0; i < 20_000_000; i++) sink = new byte[8];
        GC.KeepAlive(sink);
        collections = GC.CollectionCount(0) - gcs;
        Console.WriteLine($"garbage alone: {collections} gen-0 collections, {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / Math.Max(1, collections):0} µs paused each");
        using var ticks = new Ticks();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < searches; i++) index.Search(new SearchRequest(queries[(i + 20_000) * 7919 % queries.Length]));
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Thread.Sleep(500);
        var total = ticks.ByType.Values.Sum();
        Console.WriteLine($"{searches:N0} searches, {bytes / (double)searches / 1024:0.00} KB allocated each; {total} ticks (~100 KB each)");
        foreach (var (type, count) in ticks.ByType.OrderByDescending(p => p.Value).Take(40))
            Console.WriteLine($"{100.0 * count / total,6:0.0}%  {bytes / (double)searches * count / total,7:0} B/search  {type}");
    }

    private static void Garbage(string when)
    {
        GC.Collect();
        var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        object? sink = null;
        for (var i = 0; i < 20_000_000; i++) sink = new byte[8];
        GC.KeepAlive(sink);
        var collections = GC.CollectionCount(0) - gcs;
        Console.WriteLine($"garbage, {when}: {collections} gen-0 collections, {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / Math.Max(1, collections):0} µs paused each; heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
    }

    private sealed class Ticks : EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            // The runtime's GC keyword (0x1) at verbose level: GCAllocationTick.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + 1;
        }
    }
}
