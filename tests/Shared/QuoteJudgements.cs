using System.Text;

namespace GsiPortal.Testing;

/// <summary>One difference as the scorer reads it: kind (added, omitted, substituted, elided, bracketed), the quotation's words, the source's, and the quoted words before it.</summary>
internal sealed record JudgedDifference(string Kind, string Quoted, string Source, int Position);

/// <summary>One place a check names: "document/paragraph", its differences and the kinds of meaning change flagged.</summary>
/// <remarks><c>Whole</c>: the place neither begins nor ends inside a sentence; <c>Misprints</c>: the source's own misprints ([sic]) the quotation corrected.</remarks>
internal sealed record JudgedPlace(string Place, IReadOnlyList<JudgedDifference> Differences, IReadOnlyList<string> MeaningKinds, bool Whole = false, IReadOnlyList<string>? Misprints = null)
{
    /// <summary>The replacements the answer names as ones whose meaning it does not judge, "quoted>source".</summary>
    public IReadOnlyList<string> Unjudged { get; init; } = [];
}

/// <summary>
/// A check's answer reduced to what the judged set pins: the verdict (exact, exact-cut, close, joined, none), the places
/// named in order (for joined: each part's), and the paper's closest passage when the words are only in commentaries.
/// </summary>
internal sealed record JudgedOutcome(string Verdict, IReadOnlyList<JudgedPlace> Places, string? PaperClosest)
{
    /// <summary>For words of no text: the runs named as word for word ("words@place") and the stretches named as in no text.</summary>
    public IReadOnlyList<string> Real { get; init; } = [];
    public IReadOnlyList<string> Nowhere { get; init; } = [];
}

/// <summary>One judged case of tests/Shared/quote-judgements.tsv.</summary>
internal sealed record QuoteJudgement(string Id, string Category, IReadOnlyList<string> Verdicts, IReadOnlyList<string> Places, IReadOnlyList<string> Expect, string Quotation)
{
    /// <summary>Why the outcome fails this judgement, or null when it is right in every point.</summary>
    public string? Fault(JudgedOutcome o)
    {
        if (!Verdicts.Contains(o.Verdict)) return $"verdict {o.Verdict}, judged {string.Join("|", Verdicts)}";
        if (Places.Count > 0)
        {
            var named = o.Places.Select(p => p.Place).Take(Places.Count).ToList();
            if (!named.SequenceEqual(Places)) return $"places {string.Join("+", named)}, judged {string.Join("+", Places)}";
        }
        var first = o.Places.FirstOrDefault();
        foreach (var e in Expect)
        {
            var (key, value) = e.IndexOf(':') is var c and > 0 ? (e[..c], e[(c + 1)..]) : (e, "");
            var differences = first?.Differences ?? [];
            var ok = key switch
            {
                "nomeaning" => o.Places.All(p => p.MeaningKinds.Count == 0),
                "meaning" => first is not null && first.MeaningKinds.Contains(value),
                "omitted" => differences.Any(d => d.Kind == "omitted" && Holds(d.Source, value)),
                "differs" => differences.Any(d => d.Kind is "omitted" or "substituted" or "added" && Holds(d.Source, value)),
                "bracketed" => differences.Any(d => d.Kind == "bracketed" && Holds(d.Quoted, value)),
                "replaced" => differences.Any(d => d.Kind == "substituted" && Holds(d.Quoted, value.Split('>')[0]) && Holds(d.Source, value.Split('>')[1])),
                "paperclosest" => o.PaperClosest == value,
                "transposed" => differences.Any(d => d.Kind == "transposed" && string.Equals(d.Quoted, value.Split('>')[0], StringComparison.OrdinalIgnoreCase) && string.Equals(d.Source, value.Split('>')[1], StringComparison.OrdinalIgnoreCase)),
                "whole" => first is { Whole: true },
                "misprint" => first?.Misprints?.Contains(value, StringComparer.OrdinalIgnoreCase) == true,
                "real" => o.Real.Any(r => Plain(r) == Plain(value)),
                "nowhere" => o.Nowhere.Any(r => Plain(r) == Plain(value)),
                "noreal" => o.Real.Count == 0,
                "unjudged" => first is not null && first.Unjudged.Any(u => Plain(u) == Plain(value)),
                _ when key.StartsWith("omitted@", StringComparison.Ordinal) =>
                    differences.Any(d => d.Kind == "omitted" && d.Position == int.Parse(key[8..], System.Globalization.CultureInfo.InvariantCulture) && d.Source.StartsWith(value, StringComparison.OrdinalIgnoreCase)),
                _ => throw new InvalidDataException($"{Id}: unknown expectation '{e}'"),
            };
            if (!ok) return $"expected {e}; got {Describe(first)}{(o.PaperClosest is { } pc ? $", paper closest {pc}" : "")}{(o.Real.Count + o.Nowhere.Count > 0 ? $", real [{string.Join("; ", o.Real)}] nowhere [{string.Join("; ", o.Nowhere)}]" : "")}";
        }
        return null;
    }

    /// <summary>Words compared as words: case, punctuation and spacing aside ("@" and ">" kept, which join a place or a replacement).</summary>
    private static string Plain(string words) => string.Join(' ', System.Text.RegularExpressions.Regex.Split(words.ToLowerInvariant(), @"[^\p{L}\p{N}'’@>\-/]+").Where(w => w.Length > 0));

    private static bool Holds(string words, string value) => $" {words.ToLowerInvariant()} ".Contains($" {value.ToLowerInvariant()} ", StringComparison.Ordinal);

    private static string Describe(JudgedPlace? p) => p is null ? "no place" :
        $"{p.Place} [{string.Join("; ", p.Differences.Select(d => $"{d.Kind}@{d.Position} '{d.Quoted}'/'{d.Source}'"))}] meaning [{string.Join(",", p.MeaningKinds)}]";
}

/// <summary>The judged quote-check set and its score per category.</summary>
internal static class QuoteJudgements
{
    public static IReadOnlyList<QuoteJudgement> Load(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new QuoteJudgement(f[0], f[1], f[2].Split('|'),
                f[3] == "-" ? [] : f[3].Split('+'),
                f[4] == "-" ? [] : f[4].Split(';'),
                f[5]))
            .ToList();

    public static IReadOnlyList<QuoteJudgement> Load() => Load(Repository.Path("tests/Shared/quote-judgements.tsv"));

    /// <summary>Each case with its fault (null when right).</summary>
    public static List<(QuoteJudgement Case, string? Fault)> Run(IEnumerable<QuoteJudgement> set, Func<string, JudgedOutcome> check) =>
        set.Select(j => (j, j.Fault(check(j.Quotation)))).ToList();

    /// <summary>A Markdown table: per category, cases right in every point, and verdicts right.</summary>
    public static string Table(IReadOnlyList<(QuoteJudgement Case, string? Fault)> run)
    {
        var text = new StringBuilder();
        text.AppendLine("| category | cases | right in every point | verdict right |");
        text.AppendLine("|---|---|---|---|");
        foreach (var group in run.GroupBy(r => r.Case.Category).Select(g => (Key: g.Key, Items: g.ToList())).Append((Key: "**all**", Items: run.ToList())))
        {
            var right = group.Items.Count(r => r.Fault is null);
            var verdicts = group.Items.Count(r => r.Fault is null || !r.Fault.StartsWith("verdict", StringComparison.Ordinal));
            text.AppendLine($"| {group.Key} | {group.Items.Count} | {right} ({(double)right / group.Items.Count:P0}) | {verdicts} ({(double)verdicts / group.Items.Count:P0}) |");
        }
        return text.ToString();
    }
}
