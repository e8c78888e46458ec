namespace GsiPortal.Core.Quotes;

/// <summary>
/// Words of opposite meaning (content/antonyms.yml, built from WordNet's antonym pairs and kept by hand): the quote check
/// flags a word of the text replaced by its opposite. A side may be a phrase ("take into account" against "ignore":
/// the paper's commitments are often phrasal verbs). Regular forms are understood ("opposes", "rejected",
/// "strengthening"), irregular ones through the list's own forms ("won" → "win", "taken" → "take"), in every word of
/// a phrase ("taken into account").
/// </summary>
public sealed class Antonyms
{
    public const string FileName = "antonyms.yml";

    private readonly Dictionary<string, HashSet<string>> opposites;
    /// <summary>Pairs with a phrase on either side, each side as its words.</summary>
    private readonly List<(string[] A, string[] B)> phrases = [];
    private readonly IReadOnlyDictionary<string, string> forms;

    public Antonyms(IEnumerable<(string, string)> pairs, IReadOnlyDictionary<string, string> irregularForms)
    {
        opposites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            if (a.Contains(' ', StringComparison.Ordinal) || b.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add((a.Split(' '), b.Split(' ')));
                continue;
            }
            Add(a, b);
            Add(b, a);
        }
        forms = irregularForms;
    }

    public static Antonyms Empty { get; } = new([], new Dictionary<string, string>());

    /// <summary>How many pairs the list holds.</summary>
    public int Count => opposites.Values.Sum(s => s.Count) / 2 + phrases.Count;

    /// <summary>True when the two words (comparison keys) are opposites, in any of their forms.</summary>
    public bool AreOpposite(string a, string b) =>
        Bases(a).Any(x => opposites.TryGetValue(x, out var set) && Bases(b).Any(set.Contains));

    /// <summary>
    /// Where the quotation's words (comparison keys) put the opposite of words of the source: the first pair of single
    /// words, else the first pair with a phrase ("ignored" for "taken seriously"), as (start, length) in each; null
    /// when nothing was reversed.
    /// </summary>
    public ((int Start, int Length) Quoted, (int Start, int Length) Source)? Reversal(IReadOnlyList<string> quoted, IReadOnlyList<string> source)
    {
        // Each word's base forms are read once, not once for every pair and phrase tried: a long quotation aligned
        // against the wrong paragraph is one substitution of hundreds of words against hundreds (docs/quote-check.md).
        var sourceBases = source.Select(w => Bases(w).ToArray()).ToArray();
        for (var q = 0; q < quoted.Count; q++)
        {
            // The opposites of every base form of the quoted word: a source word is its opposite when one of its own base forms is among them.
            List<HashSet<string>>? theirs = null;
            foreach (var x in Bases(quoted[q]))
                if (opposites.TryGetValue(x, out var set)) (theirs ??= []).Add(set);
            if (theirs is null) continue;
            for (var s = 0; s < source.Count; s++)
                if (sourceBases[s].Any(b => theirs.Exists(set => set.Contains(b)))) return ((q, 1), (s, 1));
        }
        if (phrases.Count == 0) return null;
        var quotedBases = quoted.Select(w => Bases(w).ToArray()).ToArray();
        foreach (var (a, b) in phrases)
            foreach (var (inSource, inQuote) in new[] { (a, b), (b, a) })
                if (Find(sourceBases, inSource) is { } s && Find(quotedBases, inQuote) is { } q)
                    return ((q, inQuote.Length), (s, inSource.Length));
        return null;
    }

    /// <summary>Where the phrase's words stand in order, each in any of its forms (<paramref name="bases"/>: each word's).</summary>
    private static int? Find(string[][] bases, string[] phrase)
    {
        for (var at = 0; at + phrase.Length <= bases.Length; at++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = bases[at + k].Contains(phrase[k]);
            if (all) return at;
        }
        return null;
    }

    private void Add(string word, string opposite)
    {
        if (!opposites.TryGetValue(word, out var set)) opposites[word] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(opposite);
    }

    /// <summary>The word and the base forms it may be an inflection of: "rejected" → reject, "strengthening" → strengthen, "won" → win.</summary>
    private IEnumerable<string> Bases(string word)
    {
        yield return word;
        if (forms.TryGetValue(word, out var irregular)) yield return irregular;
        foreach (var (suffix, replacement) in Suffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                yield return stem + replacement;
                // A doubled final consonant: "stopped" → stop.
                if (replacement.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
            }
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes =
        [("ies", "y"), ("ied", "y"), ("ily", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ly", "")];
}
