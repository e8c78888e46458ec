using System.Text.RegularExpressions;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// Cosine similarity of TF-IDF vectors over the index's own analysis (stemmed, stop words out), between paper
/// units and commentary paragraphs or sentences. IDF is computed over all of them, so words every text uses weigh
/// little. Before analysis, the texts' spellings of one word are made one ("counter-terrorism" and
/// "counterterrorism", "non-traditional" and "nontraditional", "trans-boundary" and "transboundary") and their two names for one thing too ("great
/// powers" and "major powers" are the paper's "major countries").
/// </summary>
public sealed partial class Similarity
{
    private readonly Dictionary<string, double> idf;
    /// <summary>Each text's terms, analysed once: analysis is most of the cost.</summary>
    private readonly Dictionary<string, List<string>> terms = new(StringComparer.Ordinal);

    public Similarity(IEnumerable<string> texts)
    {
        var documents = texts.Select(t => Terms(t).Distinct().ToList()).ToList();
        idf = documents.SelectMany(d => d).GroupBy(t => t).ToDictionary(g => g.Key, g => Math.Log((1.0 + documents.Count) / (1.0 + g.Count())) + 1.0);
    }

    /// <summary>A prefix the texts write with or without a hyphen; compounds such as "nuclear-weapon" keep theirs.</summary>
    [GeneratedRegex(@"\b(counter|non|anti|trans|cyber|bio)[-‐‑](?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixHyphen();

    [GeneratedRegex(@"\b(?:great|major)[ -]power(s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MajorPowers();

    /// <summary>
    /// A word doubled with a hyphen ("win-win") is one word, not the word twice: read as two, the paper's "win-win
    /// cooperation" (priority 2) resembled Dong ¶5's "“you win or I win” competition", its opposite.
    /// </summary>
    [GeneratedRegex(@"\b(\p{L}+)[-‐‑](\1)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    /// <summary>The text as compared: one spelling per word, one name per thing.</summary>
    public static string Normalise(string text) =>
        MajorPowers().Replace(PrefixHyphen().Replace(Doubled().Replace(text, "$1$2"), "$1"), m => m.Groups[1].Length > 0 ? "major countries" : "major country");

    /// <summary>The spans of a text that normalising renames ("great powers"), in the text's own words.</summary>
    public static IEnumerable<Match> RenamedSpans(string text) => MajorPowers().Matches(text);

    private List<string> Terms(string text)
    {
        if (!terms.TryGetValue(text, out var found)) terms[text] = found = TextAnalysis.Terms(Normalise(text));
        return found;
    }

    /// <summary>A text's weighted, normalised term vector.</summary>
    public Dictionary<string, double> Vector(string text)
    {
        var vector = Terms(text).GroupBy(t => t)
            .ToDictionary(g => g.Key, g => (1.0 + Math.Log(g.Count())) * idf.GetValueOrDefault(g.Key, 1.0));
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList()) vector[key] /= norm == 0 ? 1 : norm;
        return vector;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count < b.Count ? (a, b) : (b, a);
        return small.Sum(kv => large.TryGetValue(kv.Key, out var v) ? kv.Value * v : 0);
    }
}
