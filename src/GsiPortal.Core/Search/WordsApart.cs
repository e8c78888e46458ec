namespace GsiPortal.Core.Search;

/// <summary>
/// What the results of a query whose words no passage holds side by side hold of them, on the page shown, so that the
/// page's note says only what is so. "human rights" found commitment 4, whose text says "Humanity" and "security
/// rights", and Chen Xiangyang ¶1, ¶7 and ¶9, which say "right" and hold "human" only in their commentary's title,
/// "… Human Security Community": the page said "each result holds them apart", which a reader found untrue of both (a
/// fresh-eyes review).
/// </summary>
/// <param name="Shown">The results on the page.</param>
/// <param name="InText">How many of them hold every word in their own text.</param>
/// <param name="OutsideText">The words, as typed, that some result holds only in a heading, or in its commentary's title or byline.</param>
/// <param name="OtherForms">
/// Where results hold a word in their text only in another form ("Humanity" for "human"): that form, first seen, the
/// word, and how many results write it so — "(“Humanity” for “human”)" beside "2 of the results" read as said of both,
/// when Chen Xiangyang ¶1 writes "human" (a fresh-eyes review).
/// </param>
/// <param name="Indexed">
/// The editors' subject terms under which the results that lack a word in their own text were found, first seen: such a
/// result holds the query's words in neither its text nor its headings, and "only in a heading or in its commentary's
/// title or byline" was untrue of it ("blue helmets", priority 1 and Khokhar ¶9, both indexed under it).
/// </param>
public sealed record WordsApart(int Shown, int InText, IReadOnlyList<string> OutsideText, IReadOnlyList<(string Form, string Word, int Results)> OtherForms, IReadOnlyList<string>? Indexed = null)
{
    /// <summary>How many results lack a word in their text but were found through the subject index (<see cref="Indexed"/>).</summary>
    public int ThroughIndex { get; init; }

    /// <summary>Every result on the page holds every word in its text.</summary>
    public bool EachInText => InText == Shown;

    /// <summary>
    /// What the page's results hold of each word of <paramref name="words"/> (plain words as typed, each with its
    /// analysed term): read from each unit's kept tokens, the same the snippet is cut from.
    /// </summary>
    internal static WordsApart Of(IReadOnlyList<int> shown, IReadOnlyList<QueryClause> words, Func<int, UnitTokens> tokens, Func<int, string> text,
        Func<int, IReadOnlyList<string>>? indexedUnder = null)
    {
        var inText = 0;
        var throughIndex = 0;
        List<string>? indexed = null;
        List<string>? outside = null;
        List<(string Form, string Word, int Results)>? forms = null;
        for (var n = 0; n < shown.Count; n++)
        {
            var ordinal = shown[n];
            var held = tokens(ordinal);
            var all = true;
            // A result found through a subject term and lacking a word in its text is said to be so, not to hold the
            // word in a heading: the term, not a heading, is what found it.
            if (indexedUnder?.Invoke(n) is { Count: > 0 } terms && !HoldsEvery(held, words))
            {
                throughIndex++;
                indexed ??= [];
                foreach (var term in terms) if (!indexed.Contains(term)) indexed.Add(term);
                continue;
            }
            foreach (var clause in words)
            {
                var word = clause.Text;
                var at = held.Of(clause.Terms[0]);
                if (at.Length == 0)
                {
                    all = false;
                    outside ??= [];
                    if (!outside.Contains(word)) outside.Add(word);
                    continue;
                }
                // Named when the text writes the word only otherwise than as typed, a plural or possessive aside.
                var other = -1;
                foreach (var i in at)
                {
                    if (SameWord(text(ordinal).AsSpan(held.Tokens[i].Start, held.Tokens[i].End - held.Tokens[i].Start), word)) { other = -1; break; }
                    if (other < 0) other = i;
                }
                if (other < 0) continue;
                forms ??= [];
                var known = forms.FindIndex(f => f.Word == word);
                if (known < 0) forms.Add((text(ordinal)[held.Tokens[other].Start..held.Tokens[other].End], word, 1));
                else forms[known] = forms[known] with { Results = forms[known].Results + 1 };
            }
            if (all) inText++;
        }
        return new WordsApart(shown.Count, inText, outside ?? [], forms ?? [], indexed) { ThroughIndex = throughIndex };
    }

    private static bool HoldsEvery(UnitTokens held, IReadOnlyList<QueryClause> words)
    {
        foreach (var clause in words) if (held.Of(clause.Terms[0]).Length == 0) return false;
        return true;
    }

    /// <summary>The same word but for a plural or possessive ending: "rights" and "right", "China's" and "China".</summary>
    internal static bool SameWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length) return SameWord(b, a);
        if (!a.StartsWith(b, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = a[b.Length..];
        return rest.IsEmpty || rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("es", StringComparison.OrdinalIgnoreCase)
            || rest is "'s" or "’s" or "'S" or "’S";
    }
}
