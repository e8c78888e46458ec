using System.Text.Json;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// For trying, on the TUNING sets only (issue 24, the eleventh turn), whether the words and the meaning agree where
/// each alone is too weak: ... -- agree-dump out.jsonl. Per query whose keywords found fewer than three results: the
/// answer as the site gives it (keyword results, then what meaning adds), the ten units nearest by meaning (blended
/// score and best sentence) and, where the words found nothing, the unit nearest to holding enough of the query's
/// weight (SearchResponse.NearestByWords).
/// </summary>
internal static class AgreementDump
{

    public static void Run(string contentFolder, string output)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        using var writer = new StreamWriter(output);
        foreach (var (file, j) in TuningBench.Judgements())
            {
                var request = new SearchRequest(j.Query);
                var keywords = index.Search(request);
                var answer = meaning.Extend(library, request, keywords);
                var vector = MeaningModel.Shared.Query(answer.Query)!;
                var nearest = prepared.Nearest(vector).Take(10).Select(n => new { id = units[n.Unit].Id, score = n.Score, sentence = n.Sentence }).ToList();
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    file, kind = j.Kind, query = j.Query, targets = j.Targets,
                    total = keywords.Total, afterStrict = keywords.Relaxed?.AfterStrict, relaxed = keywords.Relaxed is not null,
                    reference = keywords.Reference is not null, other = keywords.OtherScript,
                    shown = ResultGroups.Shown(keywords).Select(h => h.Id).ToList(),
                    byMeaning = answer.ByMeaning.Select(h => h.Id).ToList(), byMeaningFirst = answer.ByMeaningFirst,
                    nearest, nearestByWords = keywords.NearestByWords,
                    question = prepared.NearestQuestion(vector, _ => true) is { } q ? new { id = units[q.Unit].Id, cosine = q.Cosine } : null,
                    absent = keywords.Separately.Where(f => f.Units == 0).Select(f => f.Text).ToList(),
                }));
            }
        Console.WriteLine($"written to {output}");
    }
}
