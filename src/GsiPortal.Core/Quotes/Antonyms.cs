namespace GsiPortal.Core.Quotes;

/// <summary>
/// Words of opposite meaning (content/antonyms.yml, built from WordNet's antonym pairs and kept by hand): the quote check
/// flags a word of the text replaced by its opposite. Regular forms are understood ("opposes", "rejected",
/// "strengthening"), irregular ones through the list's own forms ("won" → "win").
/// </summary>
public sealed class Antonyms
{
    public const string FileName = "antonyms.yml";

    private readonly Dictionary<string, HashSet<string>> opposites;
    private readonly IReadOnlyDictionary<string, string> forms;

    public Antonyms(IEnumerable<(string, string)> pairs, IReadOnlyDictionary<string, string> irregularForms)
    {
        opposites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            Add(a, b);
            Add(b, a);
        }
        forms = irregularForms;
    }

    public static Antonyms Empty { get; } = new([], new Dictionary<string, string>());

    /// <summary>How many pairs the list holds.</summary>
    public int Count => opposites.Values.Sum(s => s.Count) / 2;

    /// <summary>True when the two words (comparison keys) are opposites, in any of their forms.</summary>
    public bool AreOpposite(string a, string b) =>
        Bases(a).Any(x => opposites.TryGetValue(x, out var set) && Bases(b).Any(set.Contains));

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
