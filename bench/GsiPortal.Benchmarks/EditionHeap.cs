using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;

namespace GsiPortal.Benchmarks;

/// <summary>
/// The managed memory each kept earlier edition holds (docs/performance.md, "Editions"): the content, then COUNT
/// made-up editions of it (each one word added to the last commentary, as `archive generate` makes them), built as
/// earlier editions are (history, no search index) and all kept; the heap after a full, compacting collection is read
/// before and after each. No HTTP and no cached pages: what the edition's own structures cost, free of the machine's load.
/// Each build's time is printed too, wall and the process's CPU (what one stranger's request for an edition not kept
/// costs the machine, the figure the build rate of EarlierEditionLimits is set from): a time, so it moves with the load.
/// </summary>
public static class EditionHeap
{
    public static void Run(string contentFolder, int count)
    {
        var (files, _) = ContentFiles.Read(contentFolder);
        var (terms, _) = ContentFiles.ReadSearchTerms(contentFolder);
        var (links, _) = ContentFiles.ReadCurated(contentFolder, Core.CrossReferences.LinkJudgements.FileName);
        var commentary = files!.Last(f => f.Name is not ("changes.md" or "glossary.md" or "paper.md")).Name;
        Edition Build(int n)
        {
            var edited = files!.Select(f => f.Name == commentary ? (f.Name, f.Markdown.TrimEnd() + $" {n}\n") : f).ToList();
            var loaded = ContentLoader.LoadHistory(edited, $"generated {n}", terms, links: links);
            return Edition.BuildEarlier(loaded.Library!, loaded.Warnings);
        }
        // The current edition stands, as on the site, and one earlier build warms what every build shares (JIT, the embedded word lists).
        var current = Edition.Build(ContentLoader.Load(contentFolder).Library!);
        Build(0);
        var kept = new List<Edition>();
        var before = Heap();
        Console.WriteLine($"current edition built; heap {before / 1048576.0:0.0} MB; {files!.Sum(f => (long)f.Markdown.Length):N0} characters of text");
        for (var n = 1; n <= count; n++)
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            kept.Add(Build(n));
            var wall = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var now = Heap();
            Console.WriteLine($"{n} earlier kept: heap {now / 1048576.0:0.0} MB, +{(now - before) / 1048576.0 / n:0.00} MB each; built in {wall.TotalMilliseconds:0} ms, {used.TotalMilliseconds:0} ms of CPU");
        }
        GC.KeepAlive(current);
        GC.KeepAlive(kept);
        kept.Clear();
        // What each part of an earlier edition holds: COUNT more of each built and kept alone.
        var parts = new (string Name, Func<ContentLibrary, object> Build)[]
        {
            ("library (texts, address book)", l => l),
            ("cross-references", l => new Core.CrossReferences.CrossReferenceMap(l)),
            ("key terms", l => new Core.CrossReferences.KeyTerms(l)),
            ("quote checker", l => new Core.Quotes.QuoteChecker(l)),
        };
        var libraries = Enumerable.Range(1, count).Select(n => ContentLoader.LoadHistory(
            files!.Select(f => f.Name == commentary ? (f.Name, f.Markdown.TrimEnd() + $" {n + 100}\n") : f).ToList(), "part", terms, links: links).Library!).ToList();
        var floor = Heap();
        foreach (var (name, build) in parts.Skip(1))
        {
            var held = libraries.Select(build).ToList();
            var after = Heap();
            Console.WriteLine($"{name}: +{(after - floor) / 1048576.0 / count:0.00} MB an edition");
            GC.KeepAlive(held);
            held.Clear();
            floor = Heap();
        }
        GC.KeepAlive(libraries);
        libraries.Clear();
        var without = Heap();
        Console.WriteLine($"library (texts, address book): +{(floor - without) / 1048576.0 / count:0.00} MB an edition");
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
