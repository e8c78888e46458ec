using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.SideBySide;

/// <summary>
/// The wording two sets of passages have in common: every run of at least <see cref="MinWords"/> words that both sides
/// use, with at least <see cref="MinContentWords"/> words that are not stop words ("global security governance" counts;
/// "of the international" does not). Words are compared in their normal form (<see cref="Words.Key"/>).
/// </summary>
public static class CommonWording
{
    public const int MinWords = 3;
    public const int MinContentWords = 2;

    /// <summary>
    /// For each text of <paramref name="these"/>, the (start, end) spans of the words it shares with any of
    /// <paramref name="those"/>; where <paramref name="within"/> is given, only runs of words it holds count (on an
    /// item: the item's own wording, <see cref="WordingOf"/>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(int Start, int End)>> Spans(IReadOnlyList<string> these, IReadOnlyList<string> those, IReadOnlySet<string>? within = null)
    {
        var theirs = new HashSet<string>(those.SelectMany(t => Grams(Words.Of(t)).Select(g => g.Key)), StringComparer.Ordinal);
        if (within is not null) theirs.IntersectWith(within);
        return [.. these.Select(text => SpansIn(text, theirs))];
    }

    /// <summary>
    /// The runs of words an item's text holds. Two commentaries that each list all six commitments (Lei Kezhong ¶4,
    /// Chen Xiangyang ¶16) share every commitment's wording; on commitment 5 only commitment 5's is wording both use
    /// on it — not "the legitimate security concerns of", nor the stray edge of another's ("sustainable security and").
    /// </summary>
    public static IReadOnlySet<string> WordingOf(PaperItem item) =>
        new HashSet<string>(item.Paragraphs.SelectMany(p => Grams(Words.Of(p.Text)).Select(g => g.Key)), StringComparer.Ordinal);

    /// <summary>The distinct phrases of <paramref name="these"/> the other side shares, longest first.</summary>
    public static IReadOnlyList<string> Phrases(IReadOnlyList<string> these, IReadOnlyList<IReadOnlyList<(int Start, int End)>> spans) =>
        [.. these.SelectMany((text, i) => spans[i].Select(s => text[s.Start..s.End]))
            .DistinctBy(p => string.Join(' ', Words.Of(p).Select(w => w.Key)), StringComparer.Ordinal)
            .OrderByDescending(p => Words.Of(p).Count).ThenBy(p => p, StringComparer.Ordinal)];

    /// <summary>
    /// The spans of shared runs: consecutive shared windows of <see cref="MinWords"/> words make one run, and a window
    /// with too few content words to count either way does not break it; a window with a subject that the other side
    /// (or the item) lacks does, so that two of an item's phrases a commentary writes end to end are two phrases, not
    /// one the item never wrote ("stay committed to" + "maintaining security in" is commitment 6's title, not 1's).
    /// Spans may overlap by a word or two; marking merges them.
    /// </summary>
    private static List<(int Start, int End)> SpansIn(string text, HashSet<string> theirs)
    {
        var words = Words.Of(text);
        var windows = Grams(words).ToDictionary(g => g.At, g => theirs.Contains(g.Key));
        var spans = new List<(int Start, int End)>();
        int? first = null, last = null;
        for (var at = 0; at + MinWords <= words.Count + 1; at++)
        {
            var counts = windows.TryGetValue(at, out var shared);
            if (counts && shared) { first ??= at; last = at; continue; }
            if (!counts && at + MinWords <= words.Count && first is not null) continue; // no subject: neither shared nor not
            if (first is not null) spans.Add((words[first.Value].Start, words[last!.Value + MinWords - 1].End));
            first = last = null;
        }
        return spans;
    }

    /// <summary>Each run of <see cref="MinWords"/> words with enough content words, as (its first word's index, its key).</summary>
    private static IEnumerable<(int At, string Key)> Grams(List<Word> words)
    {
        for (var i = 0; i + MinWords <= words.Count; i++)
        {
            var gram = words.GetRange(i, MinWords);
            if (gram.Count(w => !StopWords.Contains(w.Key)) < MinContentWords) continue;
            yield return (i, string.Join(' ', gram.Select(w => w.Key)));
        }
    }
}
