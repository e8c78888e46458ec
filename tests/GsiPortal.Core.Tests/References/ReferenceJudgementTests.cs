using GsiPortal.Core.References;
using GsiPortal.Testing;
using Xunit.Abstractions;

namespace GsiPortal.Core.Tests.References;

/// <summary>
/// The judged list (tests/Shared/judged-references.tsv, written before the grammar was tuned): every reference found
/// in each phrasing, span and passages, against what a reader means. Precision and recall are printed and recorded
/// in docs/linking.md.
/// </summary>
public class ReferenceJudgementTests(ITestOutputHelper output)
{
    public sealed record Judgement(string Text, IReadOnlySet<string> Expected);

    public static IReadOnlyList<Judgement> Judgements { get; } = File.ReadAllLines(Repository.Path("tests/Shared/judged-references.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(c => new Judgement(c[0], c[1] == "-" ? new HashSet<string>() : c[1].Split(" | ").Select(Normal).ToHashSet()))
        .ToList();

    /// <summary>"span => /a /b" with single spaces, as found references are written.</summary>
    private static string Normal(string judged) => string.Join(' ', judged.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlySet<string> Found(string text) => RealContent.Library.Addresses.References
        .Find(text, TimeSpan.FromSeconds(5), CancellationToken.None).Found
        .Select(f => Normal($"{f.Text} => {string.Join(' ', f.Passages.Select(p => p.Address))}")).ToHashSet();

    [Fact]
    public void TheJudgedListHoldsSixtyPhrasingsOrMoreWithNearMisses()
    {
        Assert.True(Judgements.Count >= 60, $"{Judgements.Count} phrasings");
        Assert.True(Judgements.Count(j => j.Expected.Count == 0) >= 15, "too few near-misses");
    }

    [Fact]
    public void ReferencesAreFoundWithPrecisionAndRecallAsRecorded()
    {
        int correct = 0, found = 0, expected = 0;
        foreach (var judgement in Judgements)
        {
            var answer = Found(judgement.Text);
            found += answer.Count;
            expected += judgement.Expected.Count;
            correct += answer.Intersect(judgement.Expected).Count();
            foreach (var wrong in answer.Except(judgement.Expected)) output.WriteLine($"FALSE  {judgement.Text}\n       found {wrong}");
            foreach (var missed in judgement.Expected.Except(answer)) output.WriteLine($"MISSED {judgement.Text}\n       wanted {missed}");
        }
        var precision = found == 0 ? 1 : (double)correct / found;
        var recall = expected == 0 ? 1 : (double)correct / expected;
        output.WriteLine($"{Judgements.Count} phrasings, {expected} references: found {found}, correct {correct}; precision {precision:0.000}, recall {recall:0.000}");
        Assert.True(precision >= 0.98, $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }
}
