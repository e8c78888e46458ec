using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// For trying, on the TUNING sets only (issue 24, the fourteenth turn), other first choices of the meaning path than
/// the model's nearest passage: ... -- first-choice-dump out.jsonl. Its first line holds every unit's own vector and
/// every sentence's (as the site embeds them), and the paper passages each commentary paragraph quotes (the shared
/// wording); then, per tuning query, the answer as the site gives it, the query's vector, and where its words found
/// nothing, what each unit holds of them (<see cref="SearchResponse.HeldBy"/>: the share of the weight, the words it
/// lacks, a name among them) and, for the units nearest by meaning or by share, whether every word it lacks is covered
/// as <see cref="MeaningRule.CoveredShare"/>'s rule covers it (WordNet, else one of the word's three nearest words of
/// the texts). A small script then scores any rule of first choice against the judgements, reproducing the site's.
/// </summary>
internal static class FirstChoiceDump
{
    public static void Run(string contentFolder, string output)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        var sentences = units.Select(u => MeaningIndex.Sentences(u).ToList()).ToList();
        var unitVectors = MeaningModel.Shared.Passages(units.Select(MeaningIndex.Passage).ToList());
        var sentenceVectors = MeaningModel.Shared.Passages(sentences.SelectMany(s => s).ToList());
        var sentenceUnit = sentences.SelectMany((s, u) => s.Select(_ => u)).ToList();
        var quotes = SharedWordingFinder.Find(library)
            .GroupBy(s => AddressBook.Id(s.Commentary))
            .ToDictionary(g => g.Key, g => g.Select(s => new { paper = s.Paper.Item is { } item ? AddressBook.Id(item) : AddressBook.Id(s.Paper.Paragraph), length = s.CommentaryEnd - s.CommentaryStart }).ToList());
        using var writer = new StreamWriter(output);
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            ids = units.Select(u => u.Id), kinds = units.Select(u => u.Kind), docs = units.Select(u => u.DocumentId),
            quantity = units.Select(u => IndexBuilder.StatesQuantity(u.Text)),
            unitVectors = unitVectors.Select(Round), sentenceUnit, sentenceVectors = sentenceVectors.Select(Round), quotes,
        }));
        var words = prepared.Words;
        var wordVectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[] VectorOf(string w) => wordVectors.TryGetValue(w, out var v) ? v : wordVectors[w] = words.Of(w) ?? MeaningModel.Shared.Word(w)!;
        foreach (var (file, j) in TuningBench.Judgements())
        {
            var request = new SearchRequest(j.Query);
            var keywords = index.Search(request);
            var answer = meaning.Extend(library, request, keywords);
            var vector = MeaningModel.Shared.Query(answer.Query)!;
            var nearest = prepared.Nearest(vector).Select(n => n.Unit).ToList();
            object? held = null;
            if (keywords.Total == 0 && keywords.HeldBy is { } heldBy)
            {
                var all = units.Select(u => heldBy(u.Id)).ToList();
                var asked = nearest.Take(10).Concat(Enumerable.Range(0, units.Count).OrderByDescending(u => all[u]?.Share ?? 0).Take(10)).ToHashSet();
                held = all.Select((h, u) => h is null ? null : new
                {
                    share = h.Share, lacking = h.Lacking, lacksName = h.LacksName,
                    covered = asked.Contains(u) && !h.LacksName ? h.Lacking.All(w => words.WordNetCovers(u, w) || words.Covers(u, VectorOf(w))) : (bool?)null,
                }).ToList();
            }
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                file, kind = j.Kind, query = j.Query, targets = j.Targets,
                total = keywords.Total, relaxed = keywords.Relaxed is not null, afterStrict = keywords.Relaxed?.AfterStrict,
                mayAdd = keywords.Reference is null && !keywords.OtherScript,
                shown = ResultGroups.Shown(keywords).Select(h => h.Id).ToList(),
                byMeaning = answer.ByMeaning.Select(h => h.Id).ToList(), byMeaningFirst = answer.ByMeaningFirst,
                nearestByWords = keywords.NearestByWords, vector = Round(vector), held,
            }));
        }
        Console.WriteLine($"written to {output}");
    }

    private static IEnumerable<float> Round(float[] v) => v.Select(x => MathF.Round(x, 6));
}
