using System.Diagnostics;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What the address of each result costs (<see cref="ResultAddress.Of"/>, asked by /api/search and the search page of every
/// result shown), over the results of load.sh's distinct queries: as it was until the twenty-third session (the unit's
/// locator resolved, the snippet joined into a string, the paragraph searched for each of its sentences, a passage made
/// for the address) against as it is (the passage and each paragraph's sentences kept, the address made once). The
/// process's CPU time and bytes allocated per search, rounds alternated, one thread. ... -- result-address [searches]
/// </summary>
internal static class ResultAddressCost
{
    public static void Run(string contentFolder, int searches)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var index = PortalIndex.Build(library);
        var addresses = new AddressBook(library);
        var answers = SearchThroughput.LoadQueries().Take(searches).Select(q => index.Search(new SearchRequest(q))).ToList();
        var shown = answers.Sum(a => a.Hits.Count);
        Console.WriteLine($"{answers.Count:N0} distinct searches, {shown:N0} results shown ({(double)shown / answers.Count:0.0} a search)");
        var sink = 0L;
        void Before()
        {
            foreach (var answer in answers)
                foreach (var hit in answer.Hits)
                    sink += (!answer.NamedNotFound && answer.ReferencedPassage?.Address != hit.Url
                        && addresses.Resolve(hit.Locator) is { Document: Paper, Kind: PassageKind.Item or PassageKind.Paragraphs } passage
                        && HitSentence.Of(hit.Snippet, passage, hit.SnippetLead) is { } sentence ? sentence.Address : hit.Url).Length;
        }
        void After()
        {
            foreach (var answer in answers)
                foreach (var hit in answer.Hits)
                    sink += ResultAddress.Of(hit, answer, addresses).Length;
        }
        for (var i = 0; i < 5; i++) { Before(); After(); }
        var rows = new List<string>();
        for (var round = 1; round <= 5; round++)
            foreach (var (name, pass) in new[] { ("before", (Action)Before), ("after", After) })
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                pass();
                var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds;
                Console.WriteLine($"round {round} {name,-6}: {used / answers.Count:0.00} µs of CPU, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)answers.Count:N0} bytes allocated per search");
            }
        GC.KeepAlive(sink);
    }
}
