using System.Text.Json;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// For trying, on the TUNING sets only (issue 24, the twelfth turn), whether the words a passage lacks are covered by
/// words it holds: ... -- lack-dump out.jsonl. Per query whose keywords found nothing: the model's nearest units, what
/// the site shows by meaning, and for each of the three nearest units every clause of the query (how many units hold
/// it, whether this one does) and, for each meaningful clause it lacks, the unit's words nearest to it by the model
/// (each word embedded alone, as a passage).
/// </summary>
internal static partial class LackDump
{

    public static void Run(string contentFolder, string output)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        var unitWords = units.Select(u => Words(u.Title + " " + u.Text).ToHashSet()).ToList();
        var vocabulary = unitWords.SelectMany(w => w).Distinct().OrderBy(w => w, StringComparer.Ordinal).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var vectors = vocabulary.Zip(MeaningModel.Shared.Passages(vocabulary)).ToDictionary(p => p.First, p => p.Second);
        Console.WriteLine($"{vocabulary.Count} words embedded in {started.Elapsed.TotalSeconds:F1} s");
        var all = vocabulary.Select(w => vectors[w]).ToArray();
        // How close each word of the texts is to its ten nearest (a word near everything, "the", is a hub).
        var hub = vocabulary.ToDictionary(w => w, w => all.Select(v => Dot(vectors[w], v)).OrderDescending().Skip(1).Take(10).Average());
        using var writer = new StreamWriter(output);
        foreach (var (file, j) in TuningBench.Judgements())
            {
                var request = new SearchRequest(j.Query);
                var keywords = index.Search(request);
                if (keywords.Total > 0 || keywords.Reference is not null || keywords.OtherScript) continue;
                var answer = meaning.Extend(library, request, keywords);
                var vector = MeaningModel.Shared.Query(answer.Query)!;
                var nearest = prepared.Nearest(vector).Take(5).ToList();
                var near = nearest.Take(3).Select(n =>
                {
                    var clauses = index.Holding(answer.Query, units[n.Unit].Id).Select(c =>
                    {
                        object? cover = null;
                        if (!c.Function && !c.Held)
                        {
                            var typed = c.Alone.ToLowerInvariant();
                            var own = MeaningModel.Shared.Passages([typed])[0];
                            var cosines = all.Select(v => Dot(own, v)).OrderDescending().ToArray();
                            var ownHub = cosines.Where(c => c < 0.9999f).Take(10).Average();
                            cover = unitWords[n.Unit].Select(w => (w, cos: Dot(own, vectors[w]))).Select(p => (p.w, p.cos, csls: 2 * p.cos - ownHub - hub[p.w], rank: cosines.Count(c => c > p.cos && c < 0.9999f)))
                                .OrderByDescending(p => p.csls).Take(3).Select(p => new { word = p.w, cos = p.cos, csls = p.csls, rank = p.rank }).ToList();
                        }
                        return new { text = c.Text, alone = c.Alone, function = c.Function, df = c.Df, held = c.Held, general = c.General, english = c.English, relatives = c.ByRelatives, cover };
                    }).ToList();
                    return new { id = units[n.Unit].Id, score = n.Score, sentence = n.Sentence, clauses, words = unitWords[n.Unit].Order(StringComparer.Ordinal).ToList() };
                }).ToList();
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    file, kind = j.Kind, query = j.Query, searched = answer.Query, targets = j.Targets, units = units.Count,
                    byMeaning = answer.ByMeaning.Select(h => h.Id).ToList(), nearestByWords = keywords.NearestByWords,
                    top = nearest.Select(n => new { id = units[n.Unit].Id, score = n.Score, sentence = n.Sentence }).ToList(),
                    near,
                }));
            }
        Console.WriteLine($"written to {output}");
    }

    private static float Dot(float[] a, float[] b) => Vectors.Dot(a, b);

    private static IEnumerable<string> Words(string text) => MeaningWords.WordsIn(text);
}
