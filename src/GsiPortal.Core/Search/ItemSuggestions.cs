using System.Text.RegularExpressions;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// The items a reader's typing names, each as the site names it: its number and the editors' label ("Commitment 4:
/// Indivisible security; legitimate concerns of all") with the typed words marked, never the paper's whole first
/// sentence (a priority's runs to sixty words). Where only that sentence holds the typed words, a few of its words
/// around them follow, in the paper's words.
/// </summary>
internal sealed class ItemSuggestions(IReadOnlyList<SearchUnit> units)
{
    /// <summary>Words of the paper's sentence shown around the typed ones, and of a first sentence standing in for a missing label.</summary>
    public const int ContextWords = 8;

    private readonly IReadOnlyList<SearchUnit> items = units.Where(u => u.IsItem).ToList();

    /// <summary>Items whose label, reference or first sentence holds the typed text at a word's start: label matches first.</summary>
    public IEnumerable<Suggestion> Matching(string cleaned, int most)
    {
        var at = Pattern(cleaned);
        return items
            .Select(u => (Unit: u, Rank: at.Match(Heading(u)) is { Success: true } m ? m.Index
                : u.Headings.Length > 0 && at.IsMatch(u.Headings) ? 500
                : at.Match(u.FirstSentence) is { Success: true } t ? 1000 + t.Index : -1))
            .Where(r => r.Rank >= 0)
            .OrderBy(r => r.Rank)
            .Take(most)
            .Select(r => For(r.Unit, cleaned));
    }

    /// <summary>One item's suggestion, the typed words marked (none for an empty <paramref name="typed"/>).</summary>
    public static Suggestion For(SearchUnit unit, string typed)
    {
        var words = TypedWords(typed);
        var heading = Heading(unit);
        var context = words.Count > 0 && !Pattern(typed).IsMatch(heading) && Pattern(typed).Match(unit.FirstSentence) is { Success: true } m
            ? Around(unit.FirstSentence, m.Index) : "";
        return new Suggestion($"{unit.ItemName}: {heading}", unit.Url)
        {
            Name = unit.ItemName,
            Heading = Mark(heading, words),
            HeadingIsEditors = unit.EditorsLabel is not null,
            Context = context.Length > 0 ? Mark(context, words) : [],
        };
    }

    /// <summary>The editors' label; without one, the first sentence's first words.</summary>
    private static string Heading(SearchUnit unit) => unit.EditorsLabel ?? Around(unit.FirstSentence, 0);

    // Escaped literals after a one-character look-behind: linear, so no timeout is needed (and NonBacktracking refuses look-behinds).
    private static Regex Pattern(string typed) =>
        new(@"(?<![\p{L}\p{N}])" + Regex.Escape(typed.Trim()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<string> TypedWords(string typed) =>
        Regex.Matches(typed, @"[\p{L}\p{N}]+").Select(m => m.Value).Where(w => w.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// At most <see cref="ContextWords"/> words of <paramref name="text"/> from two words before <paramref name="index"/>,
    /// with an ellipsis on each side that cuts the sentence: always whole words.
    /// </summary>
    internal static string Around(string text, int index)
    {
        var starts = Regex.Matches(text, @"\S+").ToList();
        var at = starts.FindLastIndex(w => w.Index <= index);
        var first = Math.Max(0, at - 2);
        var last = Math.Min(starts.Count, first + ContextWords) - 1;
        if (last < 0) return "";
        var span = text[starts[first].Index..(starts[last].Index + starts[last].Length)];
        return (first > 0 ? "… " : "") + span + (last < starts.Count - 1 ? " …" : "");
    }

    /// <summary>Runs of <paramref name="text"/> with each typed word marked where a word of the text begins with it (the typed letters only).</summary>
    internal static IReadOnlyList<TextRun> Mark(string text, IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [new TextRun(text, false)];
        var any = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var runs = new List<TextRun>();
        var from = 0;
        foreach (Match m in any.Matches(text))
        {
            if (m.Index > from) runs.Add(new TextRun(text[from..m.Index], false));
            runs.Add(new TextRun(m.Value, true));
            from = m.Index + m.Length;
        }
        if (from < text.Length) runs.Add(new TextRun(text[from..], false));
        return runs;
    }
}
