using System.Text.Json;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// For tuning the meaning path on the TUNING sets only (issue 24; never the held-apart file):
///   dotnet run -c Release --project bench/GsiPortal.Benchmarks -- meaning-dump out.json
/// Writes, per tuning query, the keyword results as the page shows them and what the keyword search said of itself
/// (total, relaxation, correction), and the model's cosine of the query to every unit and to every sentence of every
/// unit, so that rules for when and where meaning may speak can be tried offline against the judgements.
/// </summary>
internal static class MeaningDump
{
    private static readonly HashSet<string> QuestionWords = ["what", "how", "why", "when", "where", "who", "which", "is", "are", "was", "were", "does", "do", "did", "can", "could", "should", "would", "will", "has", "have"];

    public static void Run(string contentFolder, string output)
    {
        var (library, index, meaning, prepared) = TuningBench.Of(contentFolder);
        var units = prepared.Units;
        var sentences = units.Select(u => MeaningIndex.Sentences(u).ToList()).ToList();
        // The units' own vectors (MeaningIndex's scores blend them with their sentences').
        var unitVectors = MeaningModel.Shared.Passages(units.Select(MeaningIndex.Passage).ToList());
        var sentenceVectors = sentences.Select(s => MeaningModel.Shared.Passages(s)).ToList();
        var titledVectors = sentences.Select((s, u) => MeaningModel.Shared.Passages(s.Select(x => $"{units[u].Title}. {x}").ToList())).ToList();
        Console.WriteLine($"{units.Count} units, {sentences.Sum(s => s.Count)} sentences");
        // Passage texts tried for the units' own vectors (the sixth turn): the editors' label and the part's title
        // beside an item's number instead of its first sentence twice; a commentary paragraph by its section heading
        // instead of the commentary's title, or by its text alone.
        var partOf = library.Paper.Parts.SelectMany(p => p.Items.Select(i => (Id: GsiPortal.Core.Addresses.AddressBook.Id(i), Part: p.Title))).ToDictionary(x => x.Id, x => x.Part);
        var passageVariants = new Func<SearchUnit, string>[]
        {
            u => u.IsItem ? $"{u.ItemName}{(u.EditorsLabel is { } l ? $" ({l})" : "")}: {u.Text}" : MeaningIndex.Passage(u),
            u => u.IsItem ? $"{partOf[u.Id]}, {u.ItemName}{(u.EditorsLabel is { } l ? $" ({l})" : "")}: {u.Text}" : MeaningIndex.Passage(u),
            u => u.IsItem ? $"{u.ItemName}{(u.EditorsLabel is { } l ? $" ({l})" : "")}: {u.Text}" : u.Kind == UnitKinds.Commentary ? (u.Section.Length > 0 ? $"{u.Section}. {u.Text}" : u.Text) : MeaningIndex.Passage(u),
            u => u.IsItem ? $"{u.ItemName}{(u.EditorsLabel is { } l ? $" ({l})" : "")}: {u.Text}" : u.Kind == UnitKinds.Commentary ? u.Text : MeaningIndex.Passage(u),
        };
        var variantVectors = passageVariants.Select(f => MeaningModel.Shared.Passages(units.Select(f).ToList())).ToList();
        // Each unit's analysed terms (title and text), for lexical evidence: does a query word, its stem or a WordNet
        // relative occur in the passage chosen by meaning?
        var unitTerms = units.Select(u => TextAnalysis.Terms(u.Title + " " + u.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        var cases = new List<object>();
        foreach (var (file, j) in TuningBench.Judgements())
            {
                var answer = index.Search(new SearchRequest(j.Query));
                var q = MeaningModel.Shared.Query(j.Query)!;
                // Query-side variants tried while tuning: without its leading question words, and without any function word.
                var words = j.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lead = string.Join(' ', words.SkipWhile(w => QuestionWords.Contains(w.ToLowerInvariant())));
                var content = string.Join(' ', words.Where(w => !QueryWords.IsFunctionWord(w)));
                var variants = new[] { lead, content }.Select(v => v.Length == 0 ? q : MeaningModel.Shared.Query(v)!).ToList();
                cases.Add(new
                {
                    file, kind = j.Kind, query = j.Query, targets = j.Targets,
                    total = answer.Total, reference = answer.Reference, otherScript = answer.OtherScript,
                    corrected = answer.Corrected, searchedCorrected = answer.SearchedCorrected,
                    relaxed = answer.Relaxed is { } r ? new { r.Required, words = r.Words.Count, r.Strict, notRequired = r.NotRequired.Count } : null,
                    words = j.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new
                    {
                        w, alone = index.Search(new SearchRequest(w)).Total, english = index.Expansions.IsEnglish(w), general = index.Expansions.IsGeneral(w),
                        function = QueryWords.IsFunctionWord(w), known = index.Expansions.Knows(w),
                    }).ToList(),
                    shown = ResultGroups.Shown(answer).Select(h => new { h.Id, h.Score }).ToList(),
                    unit = unitVectors.Select(v => Dot(v, q)).ToList(),
                    sentence = sentenceVectors.Select(vs => vs.Select(v => Dot(v, q)).ToList()).ToList(),
                    variants = variants.Select(v => new
                    {
                        unit = unitVectors.Select(x => Dot(x, v)).ToList(),
                        sentence = sentenceVectors.Select(vs => vs.Select(x => Dot(x, v)).ToList()).ToList(),
                    }).ToList(),
                    // Per meaningful word: its own vector's cosine to every unit and sentence, and which units hold it
                    // (its stem or a WordNet relative's).
                    wordEvidence = words.Where(w => !QueryWords.IsFunctionWord(w)).Select(w =>
                    {
                        var wv = MeaningModel.Shared.Query(w)!;
                        var stems = TextAnalysis.Terms(w).Concat(WordNetRelated.Of(w).SelectMany(TextAnalysis.Terms)).ToHashSet(StringComparer.Ordinal);
                        var own = TextAnalysis.Terms(w).ToHashSet(StringComparer.Ordinal);
                        return new
                        {
                            w, general = index.Expansions.IsGeneral(w),
                            unit = unitVectors.Select(x => Dot(x, wv)).ToList(),
                            sentence = sentenceVectors.Select(vs => vs.Select(x => Dot(x, wv)).ToList()).ToList(),
                            holds = unitTerms.Select(t => t.Overlaps(own) ? 2 : t.Overlaps(stems) ? 1 : 0).ToList(),
                            // The query without this word: how much each unit's score owes to the word.
                            dropped = words.Count(x => x != w) is 0 ? null : MeaningModel.Shared.Query(string.Join(' ', words.Where(x => x != w))) is { } dv
                                ? new { unit = unitVectors.Select(x => Dot(x, dv)).ToList(), sentence = sentenceVectors.Select(vs => vs.Select(x => Dot(x, dv)).ToList()).ToList() }
                                : null,
                        };
                    }).ToList(),
                    passages = variantVectors.Select(vs => vs.Select(v => Dot(v, q)).ToList()).ToList(),
                    titled = titledVectors.Select(vs => vs.Select(v => Dot(v, q)).ToList()).ToList(),
                });
            }
        File.WriteAllText(output, JsonSerializer.Serialize(new { ids = units.Select(u => u.Id), sentences, cases }));
    }

    private static float Dot(float[] a, float[] b) => Vectors.Dot(a, b);
}
