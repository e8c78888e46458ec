using GsiPortal.Core.Search;
using Xunit.Abstractions;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The judged set scored against the real content: prints success@1, success@3, MRR and junk on no-answer queries,
/// per kind and overall, and fails when a figure falls below the floor this search reaches (docs/search.md).
/// </summary>
public class SearchEvaluationTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Judgement> Set = SearchJudgements.Load(Repository.Path("tests/Shared/search-judgements.tsv"));

    /// <summary>The results in the order the page shows them (a commentary's hits gathered), as the bench scores them.</summary>
    private static IReadOnlyList<string> Ids(string query) =>
        ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(query))).Select(h => h.Id).ToList();

    [Fact]
    public void TheSetIsLargeAndCoversEveryKind()
    {
        Assert.True(Set.Count >= 60, $"{Set.Count} judged queries");
        foreach (var kind in new[] { "exact", "paraphrase", "topic", "entity", "abbreviation", "misspelling", "one-word", "question", "commentary", "reference", "no-answer" })
            Assert.Contains(Set, j => j.Kind == kind);
    }

    [Fact]
    public void EveryTargetIsAUnitOfTheIndex()
    {
        var ids = Core.Search.SearchUnits.From(RealContent.Library).Select(u => u.Id).ToHashSet();
        var documents = ids.Select(i => i.Split('/')[0] + "/*").ToHashSet();
        foreach (var target in Set.SelectMany(j => j.Targets.Keys))
            Assert.True(ids.Contains(target) || documents.Contains(target), $"unknown target {target}");
    }

    [Fact]
    public void EveryJudgedFilesTargetIsAUnitOfTheIndex()
    {
        // The held-apart files too: a judge counting paragraphs by hand can miscount, and a target no unit has would
        // count as a miss of the search. Only their targets are read here, never scored.
        var ids = Core.Search.SearchUnits.From(RealContent.Library).Select(u => u.Id).ToHashSet();
        var documents = ids.Select(i => i.Split('/')[0] + "/*").ToHashSet(); // any passage of a document
        var files = Directory.GetFiles(Repository.Path("tests/Shared"), "search-judgements*.tsv");
        Assert.True(files.Length >= 5, string.Join(", ", files));
        foreach (var file in files)
            foreach (var target in SearchJudgements.Load(file).SelectMany(j => j.Targets.Keys))
                Assert.True(ids.Contains(target) || documents.Contains(target), $"{Path.GetFileName(file)}: unknown target {target}");
    }

    [Fact]
    public void ScoresStayAboveTheirFloors()
    {
        output.WriteLine(SearchJudgements.Table(Set, Ids));
        var scores = SearchJudgements.Score(Set, Ids);
        foreach (var miss in scores.Misses) output.WriteLine(miss);
        Assert.True(scores.SuccessAt1 >= SuccessAt1Floor, $"success@1 {scores.SuccessAt1:P1}");
        Assert.True(scores.SuccessAt3 >= SuccessAt3Floor, $"success@3 {scores.SuccessAt3:P1}");
        Assert.True(scores.Mrr >= MrrFloor, $"MRR {scores.Mrr:0.000}");
        Assert.Equal(0, scores.Junk);
    }

    [Fact]
    public void QueriesWrittenAfterTuningScoreAlike()
    {
        var late = SearchJudgements.Load(Repository.Path("tests/Shared/search-judgements-late.tsv"));
        output.WriteLine(SearchJudgements.Table(late, Ids));
        var scores = SearchJudgements.Score(late, Ids);
        foreach (var miss in scores.Misses) output.WriteLine(miss);
        Assert.True(scores.SuccessAt1 >= 0.85, $"success@1 {scores.SuccessAt1:P1}");
        Assert.Equal(0, scores.Junk);
    }

    /// <summary>
    /// Issue 24's tuning set of readers' own words (written before that turn's changes): the figures it reached are a
    /// floor, and its no-answer queries other than the one it still answers stay unanswered. The held-apart
    /// own-words file is never a test: it is scored only to report (docs/search.md).
    /// </summary>
    [Fact]
    public void ReadersOwnWordsForTuningHoldTheirGains()
    {
        var tuning = SearchJudgements.Load(Repository.Path("tests/Shared/search-judgements-own-words-tuning.tsv"));
        output.WriteLine(SearchJudgements.Table(tuning, Ids));
        var scores = SearchJudgements.Score(tuning, Ids);
        foreach (var miss in scores.Misses) output.WriteLine(miss);
        Assert.True(scores.Answerable >= 40 && scores.NoAnswer >= 10, $"{scores.Answerable} answerable, {scores.NoAnswer} no-answer");
        Assert.True(scores.At1 >= 27, $"success@1 {scores.At1}/{scores.Answerable} (27 when recorded; 23 before issue 24's lexical work)");
        Assert.True(scores.At3 >= 29, $"success@3 {scores.At3}/{scores.Answerable} (29 when recorded)");
        // "human rights in China" finds Chen's paragraphs on "security rights" and "human security" (before this work too);
        // two of the eleventh turn's no-answer queries, written first, showed two more the keywords already answered:
        // "deep sea mining rules" (Lei Kezhong ¶12) and "what does the paper say about press freedom" (Lei Kezhong ¶10);
        // and one of the thirteenth turn's, "who will succeed Xi Jinping" ("succeed", which no text writes, is searched
        // by its WordNet relatives "follow" and "win", and four passages naming him hold one); and one of the fourteenth
        // turn's, "teachers' salaries in rural schools" (searched by the relatives "pay" and "country": priority 10 and
        // Dong Chunling ¶15 hold them), not fitted to; and the fifteenth turn's reviewer's "human rights" (commitment 4
        // holds "Humanity" and "security rights", apart; the page says the words are found apart), written as no answer;
        // and the seventeenth turn's reviewer's "how much money does the initiative cost" (Lei Kezhong ¶4 holds
        // "initiative" and "cost"; "money", everyday English found nowhere, weighs lightly), answered so at the session's
        // start, before any code of that turn changed; and the eighteenth session's "China Russia cooperation" (Dong
        // Chunling ¶10 by "Russia", "China" and "cooperation" being common), answered so before that turn's code.
        // And two of the twenty-seventh turn's, written first (the shape of the twenty-fifth turn's rule), which showed
        // passages before that turn's code and after it: "students studying in chinese universities" (Chen Xiangyang's 
        // paragraphs: "students" and "studying" found as "study", his byline's "Center for the Study", "universities" by its stem
        // "univers", "universal" security) and "tariffs on chinese
        // exports" (answered without "tariffs" by "chinese exports": priority 4's "export control"; docs/search.md says
        // why no rule was found for it). A third, "tourism between china and africa", that turn's rule now answers with nothing.
        // And two of the twenty-third session's, each written before any code of that session and answered so then: review
        // 23's "european union defence" (priority 1, the African Union) and the twenty-eighth turn's "pension reform in
        // china" (answered without "pension" by "reform china": Khokhar ¶8, Chen Xiangyang ¶13; the same shape as "tariffs
        // on chinese exports", and no rule found that removes both without losing answers; docs/search.md).
        // And one of the twenty-fourth session's, written before any code of that session and answered so then: "soviet
        // union collapse" (priority 1 by "union", the African Union; review 23's D6 shape, measured and not changed: the
        // twenty-ninth turn).
        Assert.True(scores.Junk <= 13, string.Join("; ", scores.Misses.Where(m => m.StartsWith("no-answer", StringComparison.Ordinal))));
    }

    private const double SuccessAt1Floor = 0.9;
    private const double SuccessAt3Floor = 0.95;
    private const double MrrFloor = 0.9;
}
