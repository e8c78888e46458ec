using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// Words of the source given in another order: "…at the expense of others of that" for "…of that of others",
/// "community of security" for "security community". An alignment keeps words in order, so it reads a swap as words
/// added and left out, and the leftover word can match the next sentence's first ("Security"), stretching the passage
/// over two sentences, or the swap can end the passage short, inside the sentence (a fresh-eyes review). Here the
/// alignment's first change is read again: when the rest of the quotation, up to words that follow in the source
/// unchanged, is a run of the same sentence's words reordered, the change is that one reordering.
/// </summary>
public static class QuoteTransposition
{
    /// <summary>Words the two orders may differ by besides the order: "community of security" adds "of".</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal) { "of", "the", "a", "an", "and", "to", "in", "for", "on", "with", "'s" };
    private const int MaxLinkingDifference = 2;
    /// <summary>A reordered run is a phrase, not a paragraph rewritten.</summary>
    private const int MaxRun = 12;

    /// <summary>The alignment with its first change read as a reordering, when it is one; else the same.</summary>
    public static QuoteAlignment Reordered(QuoteAlignment alignment, QuotedText quote, SourceParagraph source)
    {
        var steps = alignment.Steps;
        var firstChange = -1;
        for (var k = 0; k < steps.Count; k++)
            if (steps[k].Kind != AlignedKind.Same) { firstChange = k; break; }
        // Only after words that stand as the source has them, from the quotation's first: the start is then known.
        if (firstChange <= 0 || steps[0].Quote != 0) return alignment;
        var before = steps[firstChange - 1];
        int p = before.Quote + 1, sp = before.Source + 1;
        var q = quote.Words;
        var s = source.Words;
        if (p >= q.Count || sp >= s.Count) return alignment;
        for (var i = p; i < q.Count; i++)
            if (quote.Bracketed[i] || quote.ElidedBefore[i]) return alignment;
        var sentenceEnd = source.SentenceEnd(sp);
        var rest = q.Count - p;
        // Source runs of about the rest's length, within the sentence: the rest, less the words that follow unchanged, against each.
        for (var length = Math.Max(2, rest - MaxLinkingDifference); length <= rest + MaxLinkingDifference; length++)
        {
            var end = sp + length - 1;
            if (end > sentenceEnd) break;
            var tail = 0;
            while (tail < rest && tail < length && q[q.Count - 1 - tail].Key == s[end - tail].Key) tail++;
            int quoted = rest - tail, sourced = length - tail;
            if (quoted < 2 || sourced < 2 || quoted > MaxRun || sourced > MaxRun) continue;
            var x = Enumerable.Range(p, quoted).Select(i => q[i].Key).ToList();
            var y = Enumerable.Range(sp, sourced).Select(j => s[j].Key).ToList();
            if (!IsReordering(x, y)) continue;
            var reordered = steps.Take(firstChange).ToList();
            reordered.AddRange(Enumerable.Range(p, quoted).Select(i => new AlignedWord(AlignedKind.Transposed, i, -1)));
            reordered.AddRange(Enumerable.Range(sp, sourced).Select(j => new AlignedWord(AlignedKind.Transposed, -1, j)));
            for (var t = 0; t < tail; t++) reordered.Add(new AlignedWord(AlignedKind.Same, p + quoted + t, sp + sourced + t));
            return alignment with { Steps = reordered, SourceEnd = end };
        }
        return alignment;
    }

    /// <summary>
    /// True when <paramref name="quoted"/> is <paramref name="source"/> in another order: the same words that carry the
    /// meaning (at least one, each as often), differing at most by two linking words such as "of", and in another order.
    /// </summary>
    public static bool IsReordering(IReadOnlyList<string> quoted, IReadOnlyList<string> source)
    {
        var content = Counts(quoted.Where(k => !Linking.Contains(k)));
        var sourceContent = Counts(source.Where(k => !Linking.Contains(k)));
        if (content.Count == 0 || content.Count != sourceContent.Count || content.Any(c => sourceContent.GetValueOrDefault(c.Key) != c.Value)) return false;
        // A full permutation may move its linking words too ("of others of that"); otherwise only a few may differ.
        var linking = Counts(quoted.Where(Linking.Contains));
        var sourceLinking = Counts(source.Where(Linking.Contains));
        var differ = linking.Keys.Union(sourceLinking.Keys).Sum(k => Math.Abs(linking.GetValueOrDefault(k) - sourceLinking.GetValueOrDefault(k)));
        if (differ > MaxLinkingDifference) return false;
        // The words that carry the meaning must change places; the same order with "of" put in is not a reordering.
        var order = quoted.Where(k => !Linking.Contains(k)).ToList();
        var sourceOrder = source.Where(k => !Linking.Contains(k)).ToList();
        return order.Count > 1 ? !order.SequenceEqual(sourceOrder) : differ == 0 && !quoted.SequenceEqual(source);
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in keys) counts[k] = counts.GetValueOrDefault(k) + 1;
        return counts;
    }
}
