using System.Text.RegularExpressions;

namespace GsiPortal.Core.Text;

/// <summary>A word of a text with where it stands, and its comparison form (lower case, quotes and dashes folded).</summary>
public readonly record struct Word(string Text, string Key, int Start, int End);

/// <summary>
/// The one tokeniser for comparing texts word by word (quote check, shared wording, key terms): letters, digits and
/// inner apostrophes or hyphens. Search has its own analysis (Lucene's), which stems; comparisons must not.
/// </summary>
public static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’‘\-‐–][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    public static List<Word> Of(string text) =>
        WordPattern().Matches(text).Select(m => new Word(m.Value, Key(m.Value), m.Index, m.Index + m.Length)).ToList();

    /// <summary>"China’s" and "China's" compare equal, as do "non‐traditional" and "non-traditional"; case is ignored.</summary>
    public static string Key(string word) => word.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('‐', '-').Replace('–', '-');
}
