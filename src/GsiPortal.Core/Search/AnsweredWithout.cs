using System.Text.RegularExpressions;

namespace GsiPortal.Core.Search;

/// <summary>
/// What the answer without a word found nowhere (<see cref="SearchResponse.Dropped"/>, the twenty-fifth turn) may rest
/// on, and what its page may say (the twenty-seventh turn, docs/search.md). The rest of the query is a search the site
/// made up, not the reader: it is answered only by what its own words find, and only where it holds a word of the
/// subject the texts write in lower case, not a name however it was typed.
/// </summary>
internal static partial class AnsweredWithout
{
    /// <summary>
    /// The stems of the words the texts write beginning with a lower-case letter somewhere ("sea", "countries",
    /// "sanctions"; never "China" or "Africa", which a reader may type as "china" and "africa"). Worked out once per
    /// index, the first time the rule asks.
    /// </summary>
    public static IReadOnlySet<string> StemsWrittenInLowerCase(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (Match m in LowerCaseWord().Matches(text))
                words.Add(m.Value);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
            foreach (var term in TextAnalysis.Terms(word))
                stems.Add(term);
        return stems;
    }

    /// <summary>
    /// Whether a found word of the query is one the texts write in lower case: every stem of it is (<paramref name="stems"/>).
    /// "tourism between china and africa" left "tourism" out and answered "china africa" with priority 8 and the
    /// China-Africa forum: two names typed in lower case, which the rule had read as words of a subject.
    /// </summary>
    public static bool WrittenInLowerCase(string word, IReadOnlySet<string> stems)
    {
        var terms = WordAnalysis.PhraseTermsRead(word);
        var any = false;
        foreach (var term in terms)
        {
            if (term.Length == 0) continue;
            if (!stems.Contains(term)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// The answer of the rest with its words-apart notes taken away, unless the reader typed the rest's words side by
    /// side: "disagreements between countries over the sea" is answered with "countries sea", and each result said
    /// "Holds “countries” and “sea”, but not side by side" — true, but the reader never typed them together, so the
    /// note answers nothing they asked (the twenty-first session's end).
    /// </summary>
    public static SearchResponse WithoutApartNotes(SearchResponse answered, string typed, string rest)
    {
        if (TypedTogether(typed, rest)) return answered;
        if (!answered.WordsApart && !answered.Hits.Any(h => h.Note.Apart.Count > 0)) return answered;
        return answered with
        {
            WordsApart = false,
            ApartOf = null,
            Hits = answered.Hits.Select(h => h.Note.Apart.Count > 0 ? h with { Note = h.Note with { Apart = [] } } : h).ToList(),
        };
    }

    /// <summary>Whether the words of <paramref name="rest"/> stand side by side, in order, among the words of <paramref name="typed"/>.</summary>
    internal static bool TypedTogether(string typed, string rest)
    {
        var all = Words(typed);
        var run = Words(rest);
        if (run.Length == 0) return false;
        for (var start = 0; start + run.Length <= all.Length; start++)
        {
            var i = 0;
            while (i < run.Length && all[start + i] == run[i]) i++;
            if (i == run.Length) return true;
        }
        return false;
    }

    private static string[] Words(string text) =>
        AnyWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]*")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex AnyWord();
}
