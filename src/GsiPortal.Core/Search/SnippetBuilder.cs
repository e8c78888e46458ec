using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// Cuts the passage of a unit's text that best shows why it matched — the sentence with the most searched
/// words, with the next one when it is short — and marks the words. Built by re-analysing the stored text
/// with the index's analyzer. Returns runs of text, the matched words marked and any cut shown by an ellipsis.
/// </summary>
public static class SnippetBuilder
{
    private const int TargetLength = 260;

    /// <summary>The snippet for matches already found (sorted, merged character spans).</summary>
    public static (IReadOnlyList<TextRun> Runs, int Offset) Build(string text, List<(int Start, int End)> matches)
    {
        var sentences = SentenceOffsets(text);
        var best = sentences
            .Select((s, i) => (Index: i, Count: matches.Where(m => m.Start >= s.Start && m.End <= s.End).Sum(m => Weight(text, m))))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Index).First().Index;
        var (start, end) = sentences[best];
        if (end - start < TargetLength / 2 && best + 1 < sentences.Count && sentences[best + 1].End - start <= TargetLength)
            end = sentences[best + 1].End;
        var prefix = start > 0 ? "… " : "";
        if (end - start > TargetLength * 3 / 2)
        {
            // A long sentence: keep a window around its first match.
            var first = matches.FirstOrDefault(m => m.Start >= start && m.End <= end);
            var from = first == default ? start : Math.Max(start, first.Start - 60);
            from = from > start ? WordStart(text, from) : start;
            var to = Math.Min(end, from + TargetLength);
            to = to < end ? WordEnd(text, to) : end;
            prefix = from > 0 ? "… " : "";
            return (Framed(prefix, TextMarker.Runs(text, from, to, matches), to < text.Length), from);
        }
        return (Framed(prefix, TextMarker.Runs(text, start, end, matches), end < text.Length), start);
    }

    private static List<TextRun> Framed(string prefix, List<TextRun> runs, bool cutAtEnd)
    {
        if (prefix.Length > 0) runs.Insert(0, new TextRun(prefix, false));
        if (cutAtEnd) runs.Add(new TextRun(" …", false));
        return runs;
    }

    /// <summary>A phrase of n words weighs n², so the sentence holding the searched phrase beats one that scatters its words.</summary>
    private static int Weight(string text, (int Start, int End) match)
    {
        var words = text.AsSpan(match.Start, match.End - match.Start).Count(' ') + 1;
        return words * words;
    }

    private static List<(int Start, int End)> SentenceOffsets(string text)
    {
        var offsets = new List<(int, int)>();
        var at = 0;
        foreach (var sentence in Content.SentenceSplitter.Split(text))
        {
            var start = text.IndexOf(sentence, at, StringComparison.Ordinal);
            if (start < 0) start = at;
            offsets.Add((start, start + sentence.Length));
            at = start + sentence.Length;
        }
        return offsets.Count > 0 ? offsets : [(0, text.Length)];
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
