using System.Text.RegularExpressions;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// The words a quotation and its source are compared by: the shared tokeniser's words (<see cref="Words"/>), with four
/// spellings of the same thing made one, so that a quoter is not told they changed what they did not: "5,000" and
/// "5000" are one number (the shared tokeniser splits at the comma), "&amp;" is "and", and a number written out
/// ("twelve", "twelve-point") is its digits ("12", "12-point"), and "China's" is "Chinas".
/// </summary>
public static partial class QuoteWords
{
    [GeneratedRegex(@"(?<number>(?<![\p{L}\p{N},])\d{1,3}(?:,\d{3})+(?![\p{L}\p{N}]|,\d))|(?<amp>&)|[\p{L}\p{N}]+(?:['’‘\-‐–][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14",
        ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20",
        ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
    };

    public static List<Word> Of(string text) =>
        WordPattern().Matches(text).Select(m => new Word(m.Value, Key(m), m.Index, m.Index + m.Length)).ToList();

    private static string Key(Match m)
    {
        if (m.Groups["number"].Success) return m.Value.Replace(",", "", StringComparison.Ordinal);
        if (m.Groups["amp"].Success) return "and";
        var key = Words.Key(m.Value);
        // The apostrophe of "'s" is punctuation to the check, as a plural's ("countries'") already is: "China's" quoted
        // from a text whose capture lost it ("Chinas", Lei Kezhong) is the word the author wrote, and "Chinas" quoted
        // from "China’s" changes no word. "n't" keeps its apostrophe: it is how a negation is known (MeaningChange).
        if (key.EndsWith("'s", StringComparison.Ordinal)) key = key[..^2] + "s";
        if (NumberWords.TryGetValue(key, out var digits)) return digits;
        // "twelve-point" is "12-point"; a hyphenated word whose parts are not numbers stays as it is.
        if (key.Contains('-', StringComparison.Ordinal))
            return string.Join('-', key.Split('-').Select(part => NumberWords.GetValueOrDefault(part, part)));
        return key;
    }

    /// <summary>
    /// One word is the other with a regular ending (-s, -es, -d, -ed, -ing): "solves" and "solve", "problems" and
    /// "problem". Not the same word — the quoter changed its form — but the same word's place, so that the alignment
    /// follows the source through it ("does not solve a problem" quoted as "solves problems": the "not" is then inside
    /// the compared stretch and reported dropped, not left outside it).
    /// </summary>
    public static bool Inflected(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (b.Length < 3 || a.Length == b.Length || !a.StartsWith(b, StringComparison.Ordinal)) return false;
        var ending = a[b.Length..];
        return ending is "s" or "es" or "d" or "ed" or "ing";
    }
}
