namespace GsiPortal.Core.Search;

/// <summary>
/// The editors' subject terms of one index (<see cref="SearchUnit.Subjects"/>), by the words they are made of. A
/// term finds its units as a back-of-book index does: when the reader's words name it whole — "Persian Gulf" in
/// "security talks for the Persian Gulf", "landmines" — never by one word of several ("freedom" of "freedom from
/// fear", "policy" of "Chinese foreign policy", which answered "press freedom" and "one child policy" when a term's
/// words were searched one by one: docs/search.md, the sixteenth turn).
/// </summary>
public sealed class SubjectTerms
{
    /// <summary>Each term's words (analysed, stop words left out), by each of its words.</summary>
    private readonly Dictionary<string, List<(string Key, string[] Words)>> byWord = new(StringComparer.Ordinal);

    public SubjectTerms(IEnumerable<SearchUnit> units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
            foreach (var term in unit.Subjects)
                if (Key(term) is { Length: > 0 } key && seen.Add(key))
                {
                    var words = key.Split(' ');
                    foreach (var word in words.Distinct(StringComparer.Ordinal))
                    {
                        if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
                        list.Add((key, words));
                    }
                }
    }

    /// <summary>Whether the index has any term at all: without one a query is built as before, and asks nothing here.</summary>
    public bool IsEmpty => byWord.Count == 0;

    /// <summary>
    /// A term as the index holds it (<see cref="SearchFields.SubjectTerms"/>): its analysed words, stop words left
    /// out, joined by spaces ("Persian Gulf" → "persian gulf", "landmines" → "landmin"); empty when it has none.
    /// </summary>
    public static string Key(string term) => string.Join(' ', TextAnalysis.Terms(term));

    /// <summary>The terms every word of which is among <paramref name="words"/> (a query's analysed words); null when none is.</summary>
    internal List<(string Key, string[] Words)>? NamedBy(IReadOnlyCollection<string> words)
    {
        List<(string Key, string[] Words)>? named = null;
        foreach (var word in words)
        {
            if (word.Length == 0 || !byWord.TryGetValue(word, out var terms)) continue;
            foreach (var term in terms)
                if ((named is null || !named.Exists(n => n.Key == term.Key)) && term.Words.All(words.Contains))
                    (named ??= []).Add(term);
        }
        return named;
    }
}
