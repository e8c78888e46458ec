using System.Globalization;
using System.Text;

namespace GsiPortal.Testing;

/// <summary>One judged query: its kind, the text, and the units that answer it with their grades (2 the answer, 1 also right).</summary>
internal sealed record Judgement(string Kind, string Query, IReadOnlyDictionary<string, int> Targets)
{
    public bool HasAnswer => Targets.Count > 0;

    /// <summary>The grade of a result: its own, or that of a "document/*" target covering it.</summary>
    public int Grade(string id) =>
        Targets.TryGetValue(id, out var g) ? g
        : Targets.TryGetValue(id.Split('/')[0] + "/*", out var any) ? any : 0;
}

/// <summary>Scores of an engine over the judged set, per kind and overall.</summary>
internal sealed record JudgedScores(int Answerable, int At1, int At3, double Mrr, int NoAnswer, int Junk, IReadOnlyList<string> Misses)
{
    public double SuccessAt1 => Answerable == 0 ? 0 : (double)At1 / Answerable;
    public double SuccessAt3 => Answerable == 0 ? 0 : (double)At3 / Answerable;
}

/// <summary>
/// The judged set (tests/Shared/search-judgements.tsv) and its scoring. success@k: a result graded 1 or 2 among the
/// first k; MRR: the mean of 1/rank of the first such result (0 when none in the first ten); junk: a no-answer
/// query that returns anything at all.
/// </summary>
internal static class SearchJudgements
{
    public static IReadOnlyList<Judgement> Load(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Judgement(f[0], f[1], f[2] == "-" ? new Dictionary<string, int>() : f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Split(':'))
                .ToDictionary(t => t[0], t => t.Length > 1 ? int.Parse(t[1], CultureInfo.InvariantCulture) : 2)))
            .ToList();

    /// <summary>
    /// A judged file's batches: each run of "#" lines opens one, and the judgements under it until the next belong to
    /// it (numbered from 1 in file order, with the header's first line). Judgements before any header are batch 0.
    /// </summary>
    public static IReadOnlyList<(int Number, string Header, IReadOnlyList<Judgement> Judgements)> Batches(string path)
    {
        var batches = new List<(int, string, List<string>)>();
        var inHeader = false;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('#'))
            {
                if (!inHeader) batches.Add((batches.Count(b => b.Item1 > 0) + 1, line.TrimStart('#', ' '), []));
                inHeader = true;
            }
            else
            {
                inHeader = false;
                if (line.Length == 0) continue;
                if (batches.Count == 0) batches.Add((0, "", []));
                batches[^1].Item3.Add(line);
            }
        }
        return batches.Select(b =>
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllLines(file, b.Item3);
                return (b.Item1, b.Item2, Load(file));
            }
            finally
            {
                File.Delete(file);
            }
        }).ToList();
    }

    /// <summary>Runs every query through <paramref name="search"/> (query → result ids, best first) and scores it.</summary>
    public static JudgedScores Score(IEnumerable<Judgement> judgements, Func<string, IReadOnlyList<string>> search)
    {
        int answerable = 0, at1 = 0, at3 = 0, noAnswer = 0, junk = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var j in judgements)
        {
            var results = search(j.Query);
            if (!j.HasAnswer)
            {
                noAnswer++;
                if (results.Count > 0) { junk++; misses.Add($"{j.Kind} “{j.Query}”: junk {string.Join(", ", results.Take(3))}"); }
                continue;
            }
            answerable++;
            var rank = results.Take(10).Select((id, i) => (Id: id, Index: i)).FirstOrDefault(r => j.Grade(r.Id) > 0, (Id: "", Index: -1)).Index + 1;
            if (rank == 1) at1++;
            if (rank is >= 1 and <= 3) at3++;
            if (rank >= 1) reciprocal += 1.0 / rank;
            if (rank != 1) misses.Add($"{j.Kind} “{j.Query}”: {(rank == 0 ? "not in the first ten" : $"first right at {rank}")}; got {string.Join(", ", results.Take(3))}");
        }
        return new JudgedScores(answerable, at1, at3, answerable == 0 ? 0 : reciprocal / answerable, noAnswer, junk, misses);
    }

    public static string Table(IReadOnlyList<Judgement> judgements, Func<string, IReadOnlyList<string>> search)
    {
        var text = new StringBuilder();
        text.AppendLine("| kind | queries | success@1 | success@3 | MRR | junk on no-answer |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var group in judgements.GroupBy(j => j.Kind).Append(null))
        {
            var set = group?.ToList() ?? judgements.ToList();
            var s = Score(set, search);
            text.AppendLine(s.Answerable > 0
                ? $"| {group?.Key ?? "**all**"} | {set.Count} | {s.At1}/{s.Answerable} ({s.SuccessAt1:P0}) | {s.At3}/{s.Answerable} ({s.SuccessAt3:P0}) | {s.Mrr:0.000} | {(s.NoAnswer > 0 ? $"{s.Junk}/{s.NoAnswer}" : "—")} |"
                : $"| {group?.Key} | {set.Count} | — | — | — | {s.Junk}/{s.NoAnswer} |");
        }
        return text.ToString();
    }
}
