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
    /// <summary>
    /// Each term (its key and words) under the one of its words that the fewest terms hold: a query names a term only
    /// if it holds that word, so a query of common words ("security", in a hundred terms) looks at none of the terms
    /// that merely contain one, and a search asks a few look-ups of a dictionary and allocates nothing.
    /// </summary>
    private readonly Dictionary<string, (string Key, string[] Words)[]> byRarestWord;

    /// <summary>Each term's words as written (unstemmed, folded), by its key: a term is named by the words it is written with, not by their stems alone.</summary>
    private readonly Dictionary<string, string[]> writtenWords = new(StringComparer.Ordinal);

    public SubjectTerms(IEnumerable<SearchUnit> units)
    {
        var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var unit in units)
            foreach (var term in unit.Subjects)
                if (Key(term) is { Length: > 0 } key && terms.TryAdd(key, key.Split(' ')))
                    writtenWords[key] = [.. TextAnalysis.Tokens(PortalAnalyzer.Words, term).Select(t => t.Term).Where(t => !Text.StopWords.Set.Contains(t))];
        var holding = terms.Values.SelectMany(words => words.Distinct(StringComparer.Ordinal)).CountBy(w => w, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        byRarestWord = terms.GroupBy(t => t.Value.MinBy(w => (holding[w], -w.Length))!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => (t.Key, t.Value)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether the index has any term at all: without one a query is built as before, and asks nothing here.</summary>
    public bool IsEmpty => byRarestWord.Count == 0;

    /// <summary>
    /// A term as the index holds it (<see cref="SearchFields.SubjectTerms"/>): its analysed words, stop words left
    /// out, joined by spaces ("Persian Gulf" → "persian gulf", "landmines" → "landmin"); empty when it has none.
    /// </summary>
    public static string Key(string term) => string.Join(' ', TextAnalysis.Terms(term));

    /// <summary>Whether any of the clauses' words is the word a term is kept under (no term can be named otherwise), or a hyphenated word.</summary>
    internal bool MayBeNamedBy(IReadOnlyList<QueryClause> clauses)
    {
        for (var c = 0; c < clauses.Count; c++)
        {
            if (clauses[c].Occur != ClauseOccur.Must) continue;
            if (clauses[c].Text.Contains('-')) return true;
            var terms = clauses[c].Terms;
            for (var t = 0; t < terms.Length; t++)
                if (terms[t].Length > 0 && byRarestWord.ContainsKey(terms[t])) return true;
        }
        return false;
    }

    /// <summary>
    /// The terms every word of which is among <paramref name="words"/> (a query's analysed words) and written alike
    /// among <paramref name="written"/> (its words as typed, unstemmed; null to skip that test); null when none is.
    /// </summary>
    internal List<(string Key, string[] Words)>? NamedBy(IReadOnlyList<string> words, IReadOnlyList<string>? written = null)
    {
        List<(string Key, string[] Words)>? named = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0 || !byRarestWord.TryGetValue(words[i], out var terms)) continue;
            foreach (var term in terms)
                if (AllAmong(term.Words, words) && (written is null || WrittenAlike(term.Key, written)) && (named is null || !named.Exists(n => n.Key == term.Key)))
                    (named ??= []).Add(term);
        }
        return named;
    }

    /// <summary>
    /// Whether each of the term's words as written is a typed word, or the same word but for an ending of three
    /// letters at most ("landmine", "landmines"; "security", "securities"). Porter gives "globalization" the stem of
    /// "global", so "Global Development Initiative" named the term "globalization" and lifted Lei Kezhong ¶13, which
    /// says "global development initiatives", above the paragraphs naming the initiative (a fresh-eyes review).
    /// </summary>
    private bool WrittenAlike(string key, IReadOnlyList<string> written)
    {
        if (!writtenWords.TryGetValue(key, out var forms)) return true;
        foreach (var form in forms)
        {
            var found = false;
            for (var i = 0; i < written.Count && !found; i++) found = Alike(form, written[i]);
            if (!found) return false;
        }
        return true;
    }

    private const int MostEnding = 3;

    private static bool Alike(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared]) shared++;
        return a.Length - shared <= MostEnding && b.Length - shared <= MostEnding && shared > 0;
    }

    private static bool AllAmong(string[] termWords, IReadOnlyList<string> words)
    {
        foreach (var word in termWords)
        {
            var found = false;
            for (var i = 0; i < words.Count && !found; i++) found = words[i] == word;
            if (!found) return false;
        }
        return true;
    }
}
