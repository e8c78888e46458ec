using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using Xunit.Abstractions;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>
/// Precision and recall of the links from commentary paragraphs to items (shared wording and discussion) against
/// a list judged by hand, tests/Shared/judged-discussions.txt. The figures are printed for docs/cross-references.md.
/// </summary>
public class JudgedDiscussionTests(ITestOutputHelper output)
{
    private sealed record Judgement(string Commentary, string Paragraph, HashSet<string> Discussed, HashSet<string> Mentioned);

    private static readonly Lazy<List<Judgement>> Judged = new(() =>
        File.ReadLines(Repository.Path("tests/Shared/judged-discussions.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith(JudgedCellTests.CellLine, StringComparison.Ordinal))
            .Select(line =>
            {
                var colon = line.IndexOf(':');
                var where = line[..colon].Split(' ');
                var sides = line[(colon + 1)..].Split('|');
                static HashSet<string> Items(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                return new Judgement(where[0], where[1], Items(sides[0]), Items(sides[1]));
            }).ToList());

    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    [Fact]
    public void EveryParagraphOfEveryCommentaryIsJudgedOnceWithRealItems()
    {
        var items = RealContent.Library.Paper.Items.Select(i => i.Anchor).ToHashSet();
        var judged = Judged.Value.Select(j => $"{j.Commentary} {j.Paragraph}").ToList();
        Assert.Equal(judged.Count, judged.Distinct().Count());
        var paragraphs = RealContent.Library.Commentaries.SelectMany(c => c.Paragraphs.Select(p => $"{c.Id} {p.Anchor}")).ToHashSet();
        Assert.Equal(paragraphs.Order(), judged.Order());
        Assert.All(Judged.Value.SelectMany(j => j.Discussed.Concat(j.Mentioned)), item => Assert.Contains(item, items));
    }

    /// <summary>The goal of issue 13.</summary>
    public const double PrecisionGoal = 0.9, RecallGoal = 0.8;

    private (double Precision, double Recall) Measure()
    {
        var map = Real.Value;
        int linked = 0, right = 0, discussed = 0, found = 0;
        foreach (var j in Judged.Value)
        {
            var paragraph = RealContent.Library.FindCommentary(j.Commentary)!.FindParagraph(j.Paragraph)!;
            var links = map.ItemsTakenUpBy(paragraph).Select(i => i.Anchor).ToHashSet();
            linked += links.Count;
            right += links.Count(l => j.Discussed.Contains(l) || j.Mentioned.Contains(l));
            discussed += j.Discussed.Count;
            found += j.Discussed.Count(links.Contains);
            foreach (var wrong in links.Where(l => !j.Discussed.Contains(l) && !j.Mentioned.Contains(l))) output.WriteLine($"wrong: {j.Commentary} {j.Paragraph} -> {wrong}");
            foreach (var missed in j.Discussed.Where(d => !links.Contains(d))) output.WriteLine($"missed: {j.Commentary} {j.Paragraph} -> {missed}");
        }
        var precision = (double)right / linked;
        var recall = (double)found / discussed;
        output.WriteLine($"links {linked}, right {right}: precision {precision:0.000}; discussed {discussed}, found {found}: recall {recall:0.000}");
        return (precision, recall);
    }

    [Fact]
    public void LinksMeetThePrecisionAndRecallGoals()
    {
        var (precision, recall) = Measure();
        Assert.True(precision >= PrecisionGoal, $"precision {precision:0.000}");
        Assert.True(recall >= RecallGoal, $"recall {recall:0.000}");
    }
    [Theory]
    [InlineData("ovais-ali-khokhar", "p11", "priority-5")]
    [InlineData("dong-chunling", "p10", "priority-5")]
    [InlineData("dong-chunling", "p10", "priority-3")]
    public void TheKnownMissesAreFound(string commentary, string paragraph, string item)
    {
        var p = RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;
        Assert.Contains(item, Real.Value.ItemsTakenUpBy(p).Select(i => i.Anchor));
    }
}
