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
/// <param name="OtherForms">Where a result holds a word in its text only in another form ("Humanity" for "human"): that form, first seen, and the word.</param>
public sealed record WordsApart(int Shown, int InText, IReadOnlyList<string> OutsideText, IReadOnlyList<(string Form, string Word)> OtherForms)
{
    /// <summary>Every result on the page holds every word in its text.</summary>
    public bool EachInText => InText == Shown;

    /// <summary>
    /// What the page's results hold of each word of <paramref name="words"/> (plain words as typed, each with its
    /// analysed term): read from each unit's kept tokens, the same the snippet is cut from.
    /// </summary>
    internal static WordsApart Of(IEnumerable<int> shown, IReadOnlyList<(string Word, string Term)> words, Func<int, UnitTokens> tokens, Func<int, string> text)
    {
        var count = 0;
        var inText = 0;
        var outside = new List<string>();
        var forms = new List<(string Form, string Word)>();
        foreach (var ordinal in shown)
        {
            count++;
            var held = tokens(ordinal);
            var all = true;
            foreach (var (word, term) in words)
            {
                var at = held.Of(term);
                if (at.Length == 0)
                {
                    all = false;
                    if (!outside.Contains(word)) outside.Add(word);
                    continue;
                }
                // Named when the text writes the word only otherwise than as typed, a plural or possessive aside.
                string? other = null;
                foreach (var i in at)
                {
                    var token = held.Tokens[i];
                    var form = text(ordinal)[token.Start..token.End];
                    if (SameWord(form, word)) { other = null; break; }
                    other ??= form;
                }
                if (other is not null && !forms.Any(f => f.Word == word)) forms.Add((other, word));
            }
            if (all) inText++;
        }
        return new WordsApart(count, inText, outside, forms);
    }

    /// <summary>The same word but for a plural or possessive ending: "rights" and "right", "China's" and "China".</summary>
    internal static bool SameWord(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (!a.StartsWith(b, StringComparison.OrdinalIgnoreCase)) return false;
        return a.AsSpan(b.Length) is "" or "s" or "es" or "'s" or "’s" or "S" or "ES";
    }
}
