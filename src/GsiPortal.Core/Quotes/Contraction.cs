namespace GsiPortal.Core.Quotes;

/// <summary>
/// The text's own words contracted or spelt out: "can't" for "cannot", "doesn't" for "does not", "won't" for "will
/// not", "we're" for "we are", and the other way round. A difference of form, not of meaning: the check called "can't"
/// for "cannot" a replacement "which may change the meaning" (review 18). "'s" is left out: "it's" may be "it is" or
/// "it has", and the check reads the apostrophe of "'s" as punctuation ("China's" is "Chinas", <see cref="QuoteWords"/>),
/// so a contraction with it cannot be told from a possessive.
/// </summary>
public static class Contraction
{
    /// <summary>Contractions whose first part is not the word spelt out.</summary>
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["cannot"] = ["can", "not"], ["can't"] = ["can", "not"], ["won't"] = ["will", "not"], ["shan't"] = ["shall", "not"],
    };

    /// <summary>The endings contracted, and the word each stands for ("'d" for "would" or "had", either read).</summary>
    private static readonly (string Ending, string Word)[] Endings = [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "'d")];

    /// <summary>True when <paramref name="difference"/> puts the text's words in another form only: the same words, one side contracted.</summary>
    public static bool Is(QuoteDifference difference)
    {
        if (difference.Kind != DifferenceKind.Substituted) return false;
        var quoted = QuoteWords.Of(difference.Quoted).Select(w => w.Key).ToList();
        var source = QuoteWords.Of(difference.Source).Select(w => w.Key).ToList();
        if (quoted.Count == 0 || quoted.SequenceEqual(source)) return false;
        var (q, s) = (Expanded(quoted), Expanded(source));
        return q.Count == s.Count && q.Zip(s).All(p => Same(p.First, p.Second)) && (Contracted(quoted) || Contracted(source));
    }

    private static bool Contracted(List<string> keys) => keys.Any(k => Irregular.ContainsKey(k) || Endings.Any(e => k.Length > e.Ending.Length && k.EndsWith(e.Ending, StringComparison.Ordinal)));

    private static bool Same(string a, string b) => a == b || (a == "'d" && b is "would" or "had") || (b == "'d" && a is "would" or "had");

    /// <summary>Each word spelt out: "doesn't" is "does", "not"; "cannot" is "can", "not"; any other word itself.</summary>
    private static List<string> Expanded(List<string> keys)
    {
        var words = new List<string>(keys.Count + 2);
        foreach (var key in keys)
        {
            if (Irregular.TryGetValue(key, out var spelt))
            {
                words.AddRange(spelt);
                continue;
            }
            var ending = Endings.FirstOrDefault(e => key.Length > e.Ending.Length && key.EndsWith(e.Ending, StringComparison.Ordinal));
            if (ending.Ending is null) words.Add(key);
            else
            {
                words.Add(key[..^ending.Ending.Length]);
                words.Add(ending.Word);
            }
        }
        return words;
    }
}
