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

    /// <summary>For each text of <paramref name="these"/>, the (start, end) spans of the words it shares with any of <paramref name="those"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<(int Start, int End)>> Spans(IReadOnlyList<string> these, IReadOnlyList<string> those)
    {
        var theirs = new HashSet<string>(those.SelectMany(t => Grams(Words.Of(t)).Select(g => g.Key)), StringComparer.Ordinal);
        return [.. these.Select(text => SpansIn(text, theirs))];
    }

    /// <summary>The distinct phrases of <paramref name="these"/> the other side shares, longest first.</summary>
    public static IReadOnlyList<string> Phrases(IReadOnlyList<string> these, IReadOnlyList<IReadOnlyList<(int Start, int End)>> spans) =>
        [.. these.SelectMany((text, i) => spans[i].Select(s => text[s.Start..s.End]))
            .DistinctBy(p => string.Join(' ', Words.Of(p).Select(w => w.Key)), StringComparer.Ordinal)
            .OrderByDescending(p => Words.Of(p).Count).ThenBy(p => p, StringComparer.Ordinal)];

    private static List<(int Start, int End)> SpansIn(string text, HashSet<string> theirs)
    {
        var words = Words.Of(text);
        var shared = new bool[words.Count];
        foreach (var (at, key) in Grams(words))
            if (theirs.Contains(key))
                for (var k = at; k < at + MinWords; k++) shared[k] = true;
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!shared[i]) continue;
            var j = i;
            while (j + 1 < words.Count && shared[j + 1]) j++;
            spans.Add((words[i].Start, words[j].End));
            i = j;
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
