using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

// Index build time and query latency, on the real content and on a generated library 1,000 times its size.
// Run in Release: dotnet run -c Release --project bench/GsiPortal.Benchmarks [-- content-folder [multiplier]]
// The judged search set: dotnet run -c Release --project bench/GsiPortal.Benchmarks -- judge [--tuning] [--keywords] [--batches] [results.tsv]
// scores this search, or a file of another engine's results (query, then result ids best first, tab-separated);
// with --pages, results are page addresses with excerpts (bench/search/pagefind.sh runs Pagefind so).
// The tuning sets' keyword results and meaning scores per unit and sentence, for tuning MeaningRule offline: ... -- meaning-dump out.json
// Our snippets against Lucene.Net.Highlighter's on the judged queries (docs/search.md): ... -- snippets
// The managed memory each kept earlier edition holds, free of the machine's load: ... -- edition-heap [count]
if (args is ["edition-heap", ..])
{
    GsiPortal.Benchmarks.EditionHeap.Run(FindContent(), args is [_, var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}
// What a distinct search allocates, by type (the runtime's allocation ticks over load.sh's queries): ... -- alloc-types [searches]
if (args is ["alloc-types", ..])
{
    GsiPortal.Benchmarks.AllocTypes.Run(FindContent(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
    return;
}
// Bytes allocated per search and per part of it: ... -- alloc
if (args is ["alloc"])
{
    GsiPortal.Benchmarks.AllocProbe.Run(FindContent());
    return;
}
if (args is ["snippets", ..])
{
    GsiPortal.Benchmarks.SnippetComparison.Run(FindContent());
    return;
}
// One quote check's CPU time, short and long, and the worst audit: ... -- quote-cost [rounds]; every answer in full: ... -- quote-dump out.txt
if (args is ["quote-cost", ..])
{
    GsiPortal.Benchmarks.QuoteCost.Run(FindContent(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
    return;
}
if (args is ["quote-dump", var dumpPath])
{
    GsiPortal.Benchmarks.QuoteCost.Dump(FindContent(), dumpPath);
    return;
}
// The judged quote-check set (tests/Shared/quote-judgements.tsv), scored per category, every miss listed: ... -- quotes
if (args is ["quotes", ..])
{
    var checker = new GsiPortal.Core.Quotes.QuoteChecker(ContentLoader.Load(FindContent()).Library!);
    var run = GsiPortal.Testing.QuoteJudgements.Run(GsiPortal.Testing.QuoteJudgements.Load(), q => GsiPortal.Testing.QuoteOutcomes.Of(checker.Check(q)));
    Console.Write(GsiPortal.Testing.QuoteJudgements.Table(run));
    foreach (var (c, fault) in run.Where(r => r.Fault is not null)) Console.WriteLine($"  {c.Id} {c.Category}: {fault}");
    // Time per check over the judged cases (each checked five times after one warm-up pass): joined quotations cost more checks.
    var times = new List<double>();
    var slowest = new List<(double Ms, string Id)>();
    foreach (var c in GsiPortal.Testing.QuoteJudgements.Load())
    {
        var own = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            checker.Check(c.Quotation);
            own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.AddRange(own);
        slowest.Add((own.Order().ElementAt(2), c.Id));
    }
    times.Sort();
    foreach (var id in slowest.OrderByDescending(s => s.Ms).Take(2).Select(s => s.Id))
    {
        var text = GsiPortal.Testing.QuoteJudgements.Load().First(c => c.Id == id).Quotation;
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 50; i++) checker.Check(text);
        Console.WriteLine($"{id}: 50 checks {Stopwatch.GetElapsedTime(started).TotalMilliseconds / 50:0.00} ms each (wall), {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 50:0.00} ms CPU");
    }
    Console.WriteLine("slowest cases (median of five): " + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(5).Select(s => $"{s.Id} {s.Ms:0.0} ms")));
    Console.WriteLine($"check time over {times.Count} checks: median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms");
    // With --verbose, every case's places with their share of the quotation's words (coverage) and flags: how the thresholds were read.
    if (args is [_, "--verbose"])
        foreach (var (c, _) in run)
        {
            var r = checker.Check(c.Quotation);
            Console.WriteLine($"  {c.Id} {r.Verdict} " + string.Join(" ", r.Matches.Select(m =>
                $"{m.Paragraph.Document.Id}/{m.Paragraph.Anchor} coverage {m.Coverage:0.00} similarity {m.Similarity:0.00} [{string.Join("; ", m.MeaningChanges.Select(x => x.Description))}]"))
                + (r.Resembles is { } z ? $" resembles {z.Paragraph.Document.Id}/{z.Paragraph.Anchor} {z.Coverage:0.00}" : ""));
        }
    return;
}
// The edition's books (EPUB, PDF A4 and Letter): build time and size. ... -- books [folder to write them to]
if (args is ["books", ..])
{
    GsiPortal.Benchmarks.BookBuildTimes.Run(FindContent(), args.Length > 1 ? args[1] : null);
    return;
}
// The search index read from the derived files, step by step, and key terms, in a fresh process (cold, as at start-up);
// DIR is written by the first run. Published ReadyToRun as the site is, to measure what the site runs (docs/performance.md,
// thirteenth session): dotnet publish bench/GsiPortal.Benchmarks -c Release -r linux-x64 --self-contained false
// -p:PublishReadyToRun=true -o bench/out/bench-r2r, then bench/out/bench-r2r/GsiPortal.Benchmarks index-parts DIR
if (args is ["index-parts", var derivedFolder])
{
    var content = ContentLoader.Load(FindContent()).Library!;
    var cache = new GsiPortal.Core.Derived.DerivedCache(derivedFolder);
    void Step(string what, Action step)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        step();
        Console.WriteLine($"{what}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU");
    }
    List<SearchUnit> indexUnits = null!;
    GsiPortal.Core.Derived.OpenIndex opened = null!;
    Step("units", () => indexUnits = SearchUnits.From(content).ToList());
    Step("key", () => GC.KeepAlive(GsiPortal.Core.Derived.IndexFiles.Key(content.CacheVersion, indexUnits)));
    Step("Lucene's Constants", () => GC.KeepAlive(Lucene.Net.Util.Constants.RUNTIME_IS_64BIT));
    Step("read and open", () => opened = GsiPortal.Core.Derived.IndexFiles.ReadOrBuild(cache, content.CacheVersion, indexUnits));
    Step("resident postings", () => GC.KeepAlive(ResidentReader.Over(opened.Reader)));
    // Read with the index since the seventeenth session (a regex over every unit's text), no longer at the first query's need.
    Step("the texts' hyphenated words", () => GC.KeepAlive(new HyphenatedWords(indexUnits)));
    Step("the texts' hyphenated words again", () => GC.KeepAlive(new HyphenatedWords(indexUnits)));
    Step("the whole index (the rest of it the first time)", () => PortalIndex.Build(content, false, cache).Dispose());
    Step("the whole index again", () => PortalIndex.Build(content, false, cache).Dispose());
    Step("key terms", () => GC.KeepAlive(new GsiPortal.Core.CrossReferences.KeyTerms(content)));
    Console.WriteLine(opened.Kept ? "(the index's files were read)" : "(the index was built: run again to read it)");
    cache.Writes.GetAwaiter().GetResult();
    return;
}
// The edition's parts, built cold (the first build of a process, as at start-up) and then warm: ... -- edition
// With --derived DIR, the derived files kept in DIR (docs/performance.md, thirteenth session): a start after the first
// reads them; an empty DIR is the first start after a deploy, which builds and writes them.
if (args is ["edition", ..])
{
    var content = ContentLoader.Load(FindContent()).Library!;
    var derived = args.Length > 2 && args[1] == "--derived" ? new GsiPortal.Core.Derived.DerivedCache(args[2], (m, e) => Console.WriteLine($"warning: {m} {e?.Message}")) : null;
    for (var run = 1; run <= 5; run++)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var edition = GsiPortal.Core.Editions.Edition.Build(content, derived);
        // The process's CPU beside the wall time: on a shared machine the wall time moves with the load, the CPU far less.
        Console.WriteLine($"build {run} ({(run == 1 ? "cold" : "warm")}): {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms, " +
            $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU; " +
            string.Join(", ", edition.BuildTimes.Select(t => $"{t.Key} {t.Value.TotalMilliseconds:0} ms")) + (edition.Search.FilesKept ? " (the index's files read)" : ""));
        derived?.Writes.GetAwaiter().GetResult();
    }
    return;
}
// Searches per second on one thread and on every core, over the load bench's word pairs (bench/load.sh): what the
// search itself allows before HTTP adds its share. ... -- throughput [seconds] [--load]
// With --load, over the queries bench/load.sh asks now (every ordered pair and triple, rotate.lua's order).
if (args is ["throughput", ..])
{
    var seconds = args.Length > 1 && args[1] != "--load" ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
    GsiPortal.Benchmarks.SearchThroughput.Run(FindContent(), seconds, args.Contains("--load"));
    return;
}
// What the address of each result shown costs, before and after the twenty-third session kept its parts: ... -- result-address [searches]
if (args is ["result-address", ..])
{
    GsiPortal.Benchmarks.ResultAddressCost.Run(FindContent(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}
// The managed heap the search keeps (its per-index caches) after load.sh's distinct searches and its mix's searches
// ("security N"), measured after a full collection, free of the machine's load: ... -- search-heap [distinct queries]
if (args is ["search-heap", ..])
{
    GsiPortal.Benchmarks.SearchHeap.Run(FindContent(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60_840);
    return;
}
// One query, as the search answers it: ... -- query "text"
if (args is ["query", var asked])
{
    var answer = PortalIndex.Build(ContentLoader.Load(FindContent()).Library!).Search(new SearchRequest(asked));
    Console.WriteLine($"total {answer.Total}; corrected {answer.Corrected}; relaxed {answer.Relaxed}; also {string.Join(", ", answer.AlsoSearched.Select(a => a.Typed + "→" + string.Join("/", a.Forms)))}");
    foreach (var hit in ResultGroups.Shown(answer)) Console.WriteLine($"  {hit.Id} {hit.Score:0.00}{(hit.SnippetLead > 0 ? $" lead {hit.SnippetLead}" : "")}  {string.Concat(hit.Snippet.Select(r => r.Marked ? $"[{r.Text}]" : r.Text))}");
    return;
}
// Each word of queries alone, while tuning: ... -- words "q1" "q2"
if (args is ["words", .. var wordQueries])
{
    var index = PortalIndex.Build(ContentLoader.Load(FindContent()).Library!);
    foreach (var q in wordQueries)
    {
        var answer = index.Search(new SearchRequest(q));
        Console.WriteLine($"{q}: {answer.Total} [{string.Join(", ", ResultGroups.Shown(answer).Take(4).Select(h => h.Id))}] relaxed {answer.Relaxed?.Required}/{answer.Relaxed?.Words.Count}; also {string.Join(", ", answer.AlsoSearched.Select(a => a.Typed + "→" + string.Join("/", a.Forms)))}");
        Console.WriteLine("   " + string.Join("  ", q.Split(' ').Select(w => $"{w}:{index.Search(new SearchRequest(w)).Total}{(index.Expansions.IsGeneral(w) ? "g" : "")}{(QueryWords.IsFunctionWord(w) ? "f" : "")}")));
    }
    return;
}
// The meaning path's memory and per-query time: ... -- meaning
if (args is ["meaning-dump", var dumpFile])
{
    GsiPortal.Benchmarks.MeaningDump.Run(FindContent(), dumpFile);
    return;
}
// The words a passage lacks and the words it holds nearest to them, for tuning (issue 24, the twelfth turn): ... -- lack-dump out.jsonl
if (args is ["lack-dump", var lackFile])
{
    GsiPortal.Benchmarks.LackDump.Run(FindContent(), lackFile);
    return;
}
// Other first choices of the meaning path than the model's nearest passage (the fourteenth turn): ... -- first-choice-dump out.jsonl
if (args is ["first-choice-dump", var firstFile])
{
    GsiPortal.Benchmarks.FirstChoiceDump.Run(FindContent(), firstFile);
    return;
}
// What the editors' readers' questions tell the meaning path (the eighteenth turn): ... -- question-dump out.jsonl
if (args is ["question-dump", var questionFile])
{
    GsiPortal.Benchmarks.QuestionDump.Run(FindContent(), questionFile);
    return;
}
// What the readers' questions cost the content's load and the heap without the model: ... -- questions-load [--without-first]
if (args is ["questions-load", ..])
{
    GsiPortal.Benchmarks.QuestionsLoadCost.Run(FindContent(), args.Contains("--without-first"));
    return;
}
// By which path each no-answer query of the tuning files shows junk, and each answer without a word found nowhere (the twenty-seventh turn): ... -- junk-paths [--all] [--path agreement]
if (args is ["junk-paths", ..])
{
    GsiPortal.Benchmarks.JunkPaths.Run(FindContent(), args.Contains("--all"), args.SkipWhile(a => a != "--path").Skip(1).FirstOrDefault());
    return;
}
if (args is ["agree-dump", var agreeFile])
{
    GsiPortal.Benchmarks.AgreementDump.Run(FindContent(), agreeFile);
    return;
}
if (args is ["meaning"])
{
    GsiPortal.Benchmarks.MeaningCost.Run(FindContent());
    return;
}
if (args is ["judge", ..])
{
    var judged = GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/search-judgements.tsv"));
    var late = GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/search-judgements-late.tsv"));
    Func<string, IReadOnlyList<string>> engine;
    // "judge --tuning": the tuning sets only, so that the held-apart class is not read while tuning (issue 24).
    var tuningOnly = args.Contains("--tuning");
    // "judge --keywords": without the meaning path (Search/Meaning), which is otherwise scored as the site runs it.
    var keywordsOnly = args.Contains("--keywords");
    var batches = args.Contains("--batches");
    args = args.Where(a => a is not ("--tuning" or "--keywords" or "--batches")).ToArray();
    if (args is [_, var pages, "--pages"])
    {
        // Page-level results (Pagefind's), mapped to our units: bench/search/pagefind.sh.
        var answers = new PagefindResults(SearchUnits.From(ContentLoader.Load(FindContent()).Library!).ToList()).Read(pages);
        engine = q => answers.GetValueOrDefault(q) ?? [];
    }
    else if (args.Length > 1)
    {
        var answers = File.ReadAllLines(args[1]).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => (IReadOnlyList<string>)f.Skip(1).Where(x => x.Length > 0).ToList());
        engine = q => answers.GetValueOrDefault(q) ?? [];
    }
    else
    {
        var judgedLibrary = ContentLoader.Load(FindContent()).Library!;
        var index = PortalIndex.Build(judgedLibrary);
        // As an edition hands its index the cross-references: "what does Khokhar say about commitment 4" is answered from them.
        index.CommentaryOnItem = new CommentaryOnItem(judgedLibrary.Addresses.References.ReadCommentaryOnItem, new GsiPortal.Core.CrossReferences.CrossReferenceMap(judgedLibrary));
        var meaning = new GsiPortal.Core.Search.Meaning.MeaningSearch(GsiPortal.Core.Search.Meaning.MeaningModel.Shared);
        if (!keywordsOnly) meaning.Prepare(judgedLibrary).GetAwaiter().GetResult();
        // Scored in the order the results page shows them: a commentary's hits gathered under it (ResultGroups), and
        // the passages found by meaning after them, or before them when the page puts them first (a passage in both
        // counts where it first appears).
        engine = q =>
        {
            var request = new SearchRequest(q);
            var answer = index.Search(request);
            if (!keywordsOnly) answer = meaning.Extend(judgedLibrary, request, answer);
            var shown = ResultGroups.Shown(answer);
            return (answer.ByMeaningFirst ? answer.ByMeaning.Concat(shown) : shown.Concat(answer.ByMeaning)).Select(h => h.Id).Distinct().ToList();
        };
    }
    var answered = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
    var uncached = engine;
    engine = q => answered.TryGetValue(q, out var known) ? known : answered[q] = uncached(q);
    Console.Write(GsiPortal.Testing.SearchJudgements.Table(judged, engine));
    foreach (var miss in GsiPortal.Testing.SearchJudgements.Score(judged, engine).Misses) Console.WriteLine($"  {miss}");
    Console.WriteLine("\nWritten after tuning (search-judgements-late.tsv):");
    Console.Write(GsiPortal.Testing.SearchJudgements.Table(late, engine));
    foreach (var miss in GsiPortal.Testing.SearchJudgements.Score(late, engine).Misses) Console.WriteLine($"  {miss}");
    var ownTuning = GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/search-judgements-own-words-tuning.tsv"));
    Console.WriteLine("\nReaders' own words and no-answer queries, for tuning (search-judgements-own-words-tuning.tsv):");
    Console.Write(GsiPortal.Testing.SearchJudgements.Table(ownTuning, engine));
    foreach (var miss in GsiPortal.Testing.SearchJudgements.Score(ownTuning, engine).Misses) Console.WriteLine($"  {miss}");
    // The tuning file's last section alone: the queries a turn writes first, as its own small held-apart check.
    var tuningLines = File.ReadAllLines(GsiPortal.Testing.Repository.Path("tests/Shared/search-judgements-own-words-tuning.tsv"));
    var lastSection = Path.GetTempFileName();
    File.WriteAllLines(lastSection, tuningLines.Skip(Array.FindLastIndex(tuningLines, l => l.StartsWith('#')) + 1));
    var latest = GsiPortal.Testing.SearchJudgements.Load(lastSection);
    File.Delete(lastSection);
    Console.WriteLine($"\nThe tuning file's last section alone ({latest.Count} queries, written first by the latest turn):");
    Console.Write(GsiPortal.Testing.SearchJudgements.Table(latest, engine));
    // "judge --tuning --batches": the tuning file scored per batch (each section under its own "#" header, the turn and
    // writer that added it), so that a rule suggested by one batch's cases is adopted only if it gains on the others
    // (the twenty-eighth turn). The engine's answers are cached above, so this costs no second search.
    if (batches)
    {
        Console.WriteLine("\nThe tuning file per batch (its \"#\" sections, in file order):");
        Console.WriteLine("| batch | first line of its header | answerable | right first | in three | no-answer | junk |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (number, header, batch) in GsiPortal.Testing.SearchJudgements.Batches(GsiPortal.Testing.Repository.Path("tests/Shared/search-judgements-own-words-tuning.tsv")))
        {
            var s = GsiPortal.Testing.SearchJudgements.Score(batch, engine);
            Console.WriteLine($"| {number} | {(header.Length > 70 ? header[..70] + "…" : header)} | {s.Answerable} | {s.At1} | {s.At3} | {s.NoAnswer} | {s.Junk} |");
        }
    }
    if (tuningOnly) return;
    // Kept apart from tuning (issue 24): scored, never tuned on. The second was written on 5 December 2026, the third on
    // 6 December 2026 (the eleventh session), the fourth later that day (the fourteenth), each by a reader who saw neither
    // the search nor any result.
    foreach (var (file, label) in new[]
    {
        ("search-judgements-own-words.tsv", "kept apart from tuning"),
        ("search-judgements-own-words-2.tsv", "second set kept apart from tuning"),
        ("search-judgements-own-words-3.tsv", "third set kept apart from tuning"),
        ("search-judgements-own-words-4.tsv", "fourth set kept apart from tuning"),
    })
    {
        var path = GsiPortal.Testing.Repository.Path("tests/Shared/" + file);
        if (!File.Exists(path)) continue;
        var heldApart = GsiPortal.Testing.SearchJudgements.Load(path);
        Console.WriteLine($"\nReaders' own words and no-answer queries, {label} ({file}):");
        Console.Write(GsiPortal.Testing.SearchJudgements.Table(heldApart, engine));
        foreach (var miss in GsiPortal.Testing.SearchJudgements.Score(heldApart, engine).Misses) Console.WriteLine($"  {miss}");
    }
    return;
}
var folder = args.Length > 0 && args[0] is not ("dump" or "explain" or "floor" or "why") ? args[0] : FindContent();
var multiplier = args.Length > 1 && args[0] is not ("dump" or "explain" or "floor" or "why") ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var library = ContentLoader.Load(folder).Library ?? throw new InvalidOperationException($"content at {folder} is not valid");
var units = SearchUnits.From(library).ToList();
var abbreviations = Abbreviations.From(library);
string[] queries =
[
    "indivisible security", "nuclear war", "Tianjin", "NPT", "African Union", "sanctions", "UN Charter", "Cold War mentality",
    "outer space", "artificial intelligence", "terrorism", "food security", "climate change", "Middle East",
    "\"common, comprehensive, cooperative and sustainable security\"", "sovereignty territorial integrity", "peacekeeping",
    "data security", "Ukraine", "Horn of Africa", "secur*", "indivisable security", "dialogue OR consultation", "terrorism -climate",
    // Relaxed, referenced, expanded and record queries: the paths added for recall.
    "how does China want disputes over trans-boundary rivers handled", "maritime piracy robbery giraffes", "nuclear fusion reactor",
    "II.4", "priority eight", "Dong Chunling", "cyber attacks", "mine clearing", "US", "peacekeping",
];

// Every field of the answers to every judged and benched query, to diff before and after a change that must move
// nothing: ... -- dump out.txt
if (args is ["explain", ..])
{
    GsiPortal.Benchmarks.SearchDump.Explain(folder, args.Skip(1));
    return;
}
// With --load N, also the first N of the queries bench/load.sh asks (rotate.lua's order: mostly triples of its words).
// With --tuning, without the held-apart files' queries: a diff read while tuning (issue 24).
// Why a query's words find nothing: each word's units and weight class, and what each unit named holds of the
// query's weight as relaxation's floor weighs it: ... -- floor "query" id [id …]
// Lucene's account of a unit's score for a query (the strict query, before the paper's factor): ... -- why "query" id [id …]
if (args is ["why", var whyQuery, .. var whyIds])
{
    var whyIndex = PortalIndex.Build(library);
    foreach (var id in whyIds) Console.WriteLine($"{whyQuery} :: {id}\n{whyIndex.Explained(whyQuery, id)}");
    return;
}
if (args is ["floor", var floorQuery, .. var floorIds])
{
    var floorIndex = PortalIndex.Build(library);
    foreach (var id in floorIds)
    {
        Console.WriteLine($"{floorQuery} :: {id}");
        foreach (var c in floorIndex.Holding(floorQuery, id))
            Console.WriteLine($"  {c.Text,-24} units={c.Df,3} held={c.Held,-5} function={c.Function,-5} general={c.General,-5} english={c.English,-5} relatives={c.ByRelatives}");
        var held = floorIndex.Weighed(floorQuery, id);
        Console.WriteLine(held is null ? "  (not weighed)" : $"  share {held.Share:0.000}; lacks {string.Join(", ", held.Lacking)}");
    }
    return;
}
if (args is ["dump", var dumpTo, ..])
{
    var dumpTuning = args.Contains("--tuning");
    args = args.Where(a => a != "--tuning").ToArray();
    var loadCount = args is [_, _, "--load", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0;
    GsiPortal.Benchmarks.SearchDump.Run(folder, queries.Concat(GsiPortal.Benchmarks.SearchThroughput.LoadQueries().Take(loadCount)), dumpTo, dumpTuning);
    return;
}
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Measure("real content", units, runs: 20, queryRounds: 1000);
Measure($"generated ×{multiplier}", Generate(units, multiplier), runs: 1, queryRounds: 20);

void Measure(string name, List<SearchUnit> corpus, int runs, int queryRounds)
{
    // Build: the median of several runs (after one warm-up) for the small corpus, one run for the large one.
    using (new PortalIndex(corpus.Take(50), abbreviations, library.SearchTerms)) { }
    var builds = new List<double>();
    PortalIndex? index = null;
    for (var i = 0; i < runs; i++)
    {
        index?.Dispose();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        index = new PortalIndex(corpus, abbreviations, library.SearchTerms);
        builds.Add(sw.Elapsed.TotalMilliseconds);
    }
    builds.Sort();

    // Warm-up, so that tiered compilation has settled and the caches of corrections and tokens are filled.
    for (var i = 0; i < 50; i++) foreach (var q in queries) index!.Search(new SearchRequest(q));
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var latencies = new List<double>();
    var byQuery = queries.ToDictionary(q => q, _ => new List<double>());
    // CPU time and bytes allocated per search: less moved than wall-clock latency by other processes' load.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    for (var round = 0; round < queryRounds; round++)
    {
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            index!.Search(new SearchRequest(q));
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            latencies.Add(elapsed);
            byQuery[q].Add(elapsed);
        }
    }
    // The slowest queries by median, to see which path makes the tail.
    if (Environment.GetEnvironmentVariable("PER_QUERY") is "1")
        foreach (var (q, times) in byQuery.OrderByDescending(kv => kv.Value.Order().ElementAt(kv.Value.Count / 2)).Take(8))
            Console.WriteLine($"    {times.Order().ElementAt(times.Count / 2),7:0.000} ms median  {q}");
    var cpuEach = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / latencies.Count;
    var bytesEach = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / latencies.Count;
    latencies.Sort();
    Console.WriteLine($"{name}: {corpus.Count:N0} units, {corpus.Sum(u => u.Text.Length) / 1024.0 / 1024.0:0.0} MiB of text");
    Console.WriteLine($"  index build: median {builds[builds.Count / 2]:0.0} ms over {runs} run(s)");
    Console.WriteLine($"  query latency over {latencies.Count:N0} searches of {queries.Length} queries: p50 {Percentile(latencies, 50):0.000} ms, p99 {Percentile(latencies, 99):0.000} ms, max {latencies[^1]:0.000} ms");
    Console.WriteLine($"  per search: {cpuEach:0.0000} ms of process CPU, {bytesEach:0.0} KB allocated");
    index!.Dispose();
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];

// Copies of every unit, each copy's sentences rotated so that copies are not identical documents.
static List<SearchUnit> Generate(List<SearchUnit> units, int multiplier)
{
    var generated = new List<SearchUnit>(units.Count * multiplier);
    for (var copy = 0; copy < multiplier; copy++)
    {
        foreach (var u in units)
        {
            var sentences = SentenceSplitter.Split(u.Text);
            var shift = sentences.Count == 0 ? 0 : copy % sentences.Count;
            var text = string.Join(' ', sentences.Skip(shift).Concat(sentences.Take(shift)));
            generated.Add(u with { Id = $"{u.Id}~{copy}", DocumentId = $"{u.DocumentId}-{copy % 50}", Text = text, ParagraphStarts = [(0, u.Url, u.ParagraphStarts[0].Locator)] });
        }
    }
    return generated;
}

static string FindContent()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "GsiPortal.sln"))) return Path.Combine(dir.FullName, "content");
    throw new DirectoryNotFoundException("content");
}
