using System.Text.RegularExpressions;

namespace GsiPortal.Core.Search;

/// <summary>
/// The words the texts write with a hyphen ("non-traditional"), by the stem of the word written closed
/// ("nontradit"): a reader who types the closed spelling ("nontraditional") is searched the texts' hyphenated one too,
/// as a phrase of its parts. The paper writes "nontraditional" and the commentaries "non-traditional"; each spelling
/// found only its own. Only the same letters meet: the closed word and the hyphenated one, never a part alone.
/// Read from the units' texts once, when the index is made (<see cref="PortalIndex"/>, beside its subject terms): a
/// request only looks it up. Read at the first query's need before, it was a regex over every unit's text in a request
/// path, which nothing there may do (docs/architecture.md); its cost in the edition's build is in docs/performance.md.
/// </summary>
public sealed class HyphenatedWords
{
    private static readonly Regex Hyphenated = new(@"\b\p{L}+(?:-\p{L}+)+\b", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string[][]> byClosedStem;

    /// <summary>The hyphenated words of these units' texts, read now.</summary>
    public HyphenatedWords(IEnumerable<SearchUnit> units) => byClosedStem = Read(units);

    /// <summary>No hyphenated words: for an index built without its units' texts.</summary>
    public static readonly HyphenatedWords None = new([]);

    /// <summary>The texts' hyphenated words whose closed form stems to <paramref name="stem"/>, each as its phrase's analysed parts; empty if none.</summary>
    internal IReadOnlyList<string[]> Of(string stem) => byClosedStem.TryGetValue(stem, out var written) ? written : [];

    /// <summary>How many closed forms the texts write hyphenated (for the test that the list is made with the index).</summary>
    internal int Count => byClosedStem.Count;

    private static Dictionary<string, string[][]> Read(IEnumerable<SearchUnit> units)
    {
        var found = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
            foreach (Match match in Hyphenated.Matches(unit.Text))
            {
                if (!seen.Add(match.Value)) continue;
                var parts = TextAnalysis.PhraseTerms(match.Value);
                // A part that is a stop word leaves a gap ("state-of-the-art"): kept, the phrase reads it as the texts do.
                if (parts.Count(p => p.Length > 0) < 2) continue;
                if (TextAnalysis.Terms(match.Value.Replace("-", "", StringComparison.Ordinal)) is not [var closed]) continue;
                if (!found.TryGetValue(closed, out var list)) found[closed] = list = [];
                if (!list.Any(l => l.AsSpan().SequenceEqual(parts))) list.Add(parts);
            }
        return found.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }
}
