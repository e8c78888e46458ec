using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What a search's per-index caches keep (each word's clause and weight, each pair's boost, the terms' statistics) once
/// load.sh has asked its distinct queries and its mix's "security N": the managed heap after a full collection, less
/// the heap with the index built and nothing searched. The working set after load.sh's mix moves by a few MB from run to
/// run; this figure does not.
/// </summary>
internal static class SearchHeap
{
    public static void Run(string contentFolder, int distinct)
    {
        var index = PortalIndex.Build(ContentLoader.Load(contentFolder).Library!);
        index.Search(new SearchRequest("security"));
        var before = Heap();
        var asked = 0;
        foreach (var query in SearchThroughput.LoadQueries().Take(distinct))
        {
            index.Search(new SearchRequest(query));
            asked++;
        }
        var afterDistinct = Heap();
        // load.sh's mix.lua: /api/search?q=security+N for N below 997.
        for (var n = 0; n < 997; n++) index.Search(new SearchRequest("security " + n));
        var afterMix = Heap();
        Console.WriteLine($"heap with the index built: {before / 1048576.0:0.00} MB; kept by the search after {asked:N0} distinct queries: {(afterDistinct - before) / 1048576.0:0.00} MB; after the mix's 997 more: {(afterMix - before) / 1048576.0:0.00} MB");
        GC.KeepAlive(index);
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
