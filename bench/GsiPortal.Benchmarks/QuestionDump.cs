using System.Text.Json;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// For choosing, on the TUNING sets only (issue 24, the eighteenth turn), what the editors' readers' questions
/// (content/reader-questions.yml) may tell the meaning path: ... -- question-dump out.jsonl. Per tuning query: the
/// answer as the site gives it (keyword results, then what meaning adds), each unit's blended score and best sentence,
/// and each unit's nearest question's cosine to the query — with each question embedded as a passage (no prefix) and
/// as a query (arctic-embed's query prefix), so that the two can be compared — and which question it was.
/// </summary>
internal static class QuestionDump
{
    public static void Run(string contentFolder, string output)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        var questions = units.Select(u => u.Questions).ToList();
        var flat = questions.SelectMany(q => q).ToList();
        var asPassages = MeaningModel.Shared.Passages(flat);
        var asQueries = MeaningModel.Shared.Passages(flat.Select(q => MeaningModel.QueryPrefix + q).ToList());
        Console.WriteLine($"{units.Count} units, {flat.Count} questions");
        using var writer = new StreamWriter(output);
        foreach (var (file, j) in TuningBench.Judgements())
        {
            var request = new SearchRequest(j.Query);
            var keywords = index.Search(request);
            var answer = meaning.Extend(library, request, keywords);
            var vector = MeaningModel.Shared.Query(answer.Query)!;
            var scores = prepared.Nearest(vector).OrderBy(n => n.Unit).ToList();
            (float[] Best, int[] Which) Nearest(IReadOnlyList<float[]> vectors)
            {
                var (best, which, at) = (new float[units.Count], new int[units.Count], 0);
                for (var u = 0; u < units.Count; u++)
                {
                    best[u] = float.NaN;
                    which[u] = -1;
                    for (var q = 0; q < questions[u].Count; q++, at++)
                        if (Vectors.Dot(vectors[at], vector) is var d && (which[u] < 0 || d > best[u])) (best[u], which[u]) = (d, q);
                }
                return (best, which);
            }
            var (passageBest, passageWhich) = Nearest(asPassages);
            // Each unit's three nearest questions (as passages), nearest first, so that rules weighing more than one can be tried.
            var top3 = new List<float[]>(units.Count);
            for (int u = 0, at = 0; u < units.Count; at += questions[u].Count, u++)
                top3.Add(Enumerable.Range(at, questions[u].Count).Select(i => Vectors.Dot(asPassages[i], vector)).OrderDescending().Take(3).ToArray());
            var (queryBest, queryWhich) = Nearest(asQueries);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                file, kind = j.Kind, query = j.Query, targets = j.Targets,
                total = keywords.Total, relaxed = keywords.Relaxed is not null, afterStrict = keywords.Relaxed?.AfterStrict,
                reference = keywords.Reference is not null, other = keywords.OtherScript, page1 = true,
                shown = ResultGroups.Shown(keywords).Select(h => h.Id).ToList(),
                byMeaning = answer.ByMeaning.Select(h => h.Id).ToList(), byMeaningFirst = answer.ByMeaningFirst,
                score = scores.Select(s => s.Score).ToList(), sentence = scores.Select(s => s.Sentence).ToList(),
                qPassage = passageBest.Select(x => float.IsNaN(x) ? -1 : x).ToList(), qPassageWhich = passageWhich, qTop3 = top3,
                qQuery = queryBest.Select(x => float.IsNaN(x) ? -1 : x).ToList(), qQueryWhich = queryWhich,
            }));
        }
        File.WriteAllText(Path.ChangeExtension(output, ".units.json"), JsonSerializer.Serialize(new { ids = units.Select(u => u.Id), questions }));
        Console.WriteLine($"written to {output}");
    }
}
