namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The tuning file read batch by batch (<c>judge --tuning --batches</c>, the twenty-eighth turn): each run of "#" lines
/// opens a batch, so that a rule suggested by one batch's cases can be scored on the others. The split must neither lose
/// nor double a judgement, and must follow the headers, not blank lines.
/// </summary>
public class JudgedBatchesTests
{
    private static readonly string Tuning = Repository.Path("tests/Shared/search-judgements-own-words-tuning.tsv");

    [Fact]
    public void EveryJudgementOfTheTuningFileIsInExactlyOneBatch()
    {
        var batches = SearchJudgements.Batches(Tuning);
        var all = SearchJudgements.Load(Tuning);
        Assert.Equal(all.Select(j => (j.Kind, j.Query)), batches.SelectMany(b => b.Judgements).Select(j => (j.Kind, j.Query)));
        Assert.True(batches.Count >= 23, $"{batches.Count} batches");
        Assert.Equal(Enumerable.Range(1, batches.Count), batches.Select(b => b.Number));
        Assert.All(batches, b => Assert.NotEmpty(b.Judgements));
        Assert.StartsWith("FOR TUNING (issue 24", batches[0].Header);
        Assert.Contains(batches, b => b.Header.StartsWith("The twenty-third session (7 December 2026, helper \"recall23\")", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderOpensABatchAndABlankLineDoesNot()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, [
                "own-words\tbefore any header\tpaper/priority-1",
                "# first batch, line one", "# line two",
                "own-words\ta\tpaper/priority-2", "", "no-answer\tb\t-",
                "# second batch",
                "own-words\tc\tpaper/priority-3",
            ]);
            var batches = SearchJudgements.Batches(file);
            Assert.Equal([0, 1, 2], batches.Select(b => b.Number));
            Assert.Equal(["", "first batch, line one", "second batch"], batches.Select(b => b.Header));
            Assert.Equal([["before any header"], ["a", "b"], ["c"]], batches.Select(b => b.Judgements.Select(j => j.Query).ToArray()));
            Assert.False(batches[1].Judgements[1].HasAnswer);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
