using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// One passage a commentary shares with the paper, set out for reading side by side: the whole sentence(s) each text
/// has it in, as the sources write them (case, punctuation, quotation marks), with the shared words marked; a near
/// match also carries its word-level differences (first: the commentary; second: the paper).
/// </summary>
public sealed record AlignedPassage(SharedPassage Shared, IReadOnlyList<TextRun> Paper, IReadOnlyList<TextRun> Commentary)
{
    /// <summary>Every shared passage this excerpt sets out: one, or several whose excerpts of one commentary paragraph overlapped and were merged.</summary>
    public IReadOnlyList<SharedPassage> Merged { get; init; } = [Shared];

    /// <summary>The shared words of every passage merged into this excerpt, each word of the paper once (<see cref="SharedWordCount"/>).</summary>
    public int SharedWords => SharedWordCount.Of(Merged);

    public static AlignedPassage Of(SharedPassage shared) => Of([shared]);

    /// <summary>
    /// Passages of one commentary paragraph set out for reading: those whose excerpts would overlap (the same
    /// sentences of the commentary, against one paragraph of the paper) become one excerpt with all their shared
    /// words marked, so that a sentence listing all six commitments (Lei Kezhong ¶4) is shown once, not three
    /// times. In the paper's order.
    /// </summary>
    public static IReadOnlyList<AlignedPassage> Merge(IEnumerable<SharedPassage> ofOneParagraph)
    {
        var groups = new List<(List<SharedPassage> Passages, int From, int To)>();
        foreach (var s in ofOneParagraph.OrderBy(s => s.CommentaryStart))
        {
            var (from, to) = SentenceSpan(s.Commentary, s.CommentaryStart, s.CommentaryEnd);
            if (groups.Count > 0 && groups[^1] is var last && last.Passages[0].PaperParagraph == s.PaperParagraph && from < last.To)
            {
                last.Passages.Add(s);
                groups[^1] = (last.Passages, last.From, Math.Max(last.To, to));
            }
            else groups.Add(([s], from, to));
        }
        return groups.Select(g => Of(g.Passages))
            .OrderBy(a => a.Shared.PaperParagraph.Ordinal).ThenBy(a => a.Merged.Min(s => s.PaperStart)).ToList();
    }

    /// <summary>
    /// The commentary's side alone of passages of one commentary paragraph shared with several passages of the paper
    /// (a part's page): excerpts whose sentences overlap become one, whichever paragraph of the paper each is against,
    /// so that a sentence naming all six commitments (Lei Kezhong ¶4) is shown once with every shared word marked.
    /// <paramref name="whole"/> gives the paragraph whole, marked, for a paragraph also shown for what it discusses.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextRun>> CommentarySide(Paragraph commentary, IEnumerable<SharedPassage> passages, bool whole)
    {
        var text = commentary.Text;
        var list = passages.Where(s => s.Commentary == commentary).OrderBy(s => s.CommentaryStart).ToList();
        if (whole)
            return [TextMarker.Runs(text, 0, text.Length, Union(list.SelectMany(s => SameWords(text, s.CommentaryStart, s.CommentaryEnd, s, WordChange.OnlyInFirst)), text))];
        var groups = new List<(List<SharedPassage> Passages, int To)>();
        foreach (var s in list)
        {
            var (from, to) = SentenceSpan(commentary, s.CommentaryStart, s.CommentaryEnd);
            if (groups.Count > 0 && from < groups[^1].To) groups[^1] = (groups[^1].Passages, Math.Max(groups[^1].To, to));
            else groups.Add(([], to));
            groups[^1].Passages.Add(s);
        }
        return groups.Select(g => InSentences(commentary, g.Passages.Min(s => s.CommentaryStart), g.Passages.Max(s => s.CommentaryEnd),
            Union(g.Passages.SelectMany(s => SameWords(text, s.CommentaryStart, s.CommentaryEnd, s, WordChange.OnlyInFirst)), text), cut: true)).ToList();
    }

    /// <summary>One excerpt for passages of one commentary paragraph and one paper paragraph; the paper's side is never cut.</summary>
    private static AlignedPassage Of(List<SharedPassage> group)
    {
        var first = group[0];
        var paper = Union(group.SelectMany(s => SameWords(s.PaperParagraph.Text, s.PaperStart, s.PaperEnd, s, WordChange.OnlyInSecond)), first.PaperParagraph.Text);
        var commentary = Union(group.SelectMany(s => SameWords(s.Commentary.Text, s.CommentaryStart, s.CommentaryEnd, s, WordChange.OnlyInFirst)), first.Commentary.Text);
        return new AlignedPassage(first,
            InSentences(first.PaperParagraph, group.Min(s => s.PaperStart), group.Max(s => s.PaperEnd), paper, cut: false),
            InSentences(first.Commentary, group.Min(s => s.CommentaryStart), group.Max(s => s.CommentaryEnd), commentary, cut: true))
        { Merged = group };
    }

    /// <summary>Marks in order, overlapping and touching ones joined.</summary>
    private static List<(int Start, int End)> Union(IEnumerable<(int Start, int End)> marks, string text)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in marks.Order())
            if (merged.Count > 0 && start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(end, merged[^1].End));
            else merged.Add((start, end));
        return Joined(merged, text);
    }

    /// <summary>
    /// The stretches of text[start..end] that are the words both texts share: the whole span for an exact passage;
    /// for a near match, each run of words the difference keeps, so that words one text left out, added or changed are
    /// not marked as shared. <paramref name="own"/> is the change that belongs to this text alone.
    /// </summary>
    private static List<(int Start, int End)> SameWords(string text, int start, int end, SharedPassage shared, WordChange own)
    {
        if (shared.Exact || shared.Differences.Count == 0) return [(start, end)];
        var words = Words.Of(text[start..end]);
        var spans = new List<(int Start, int End)>();
        var at = 0;
        foreach (var step in shared.Differences)
        {
            if (step.Change != WordChange.Same && step.Change != own) continue; // the other text's word
            if (at >= words.Count) break;
            var word = words[at++];
            if (step.Change == WordChange.Same) spans.Add((start + word.Start, start + word.End));
        }
        // Consecutive shared words are one mark, the punctuation between them included.
        return Joined(spans, text);
    }

    /// <summary>Marks that only punctuation and spaces separate become one.</summary>
    private static List<(int Start, int End)> Joined(List<(int Start, int End)> spans, string text)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var span in spans)
            if (joined.Count > 0 && text.AsSpan(joined[^1].End, span.Start - joined[^1].End).IndexOfAnyExcept(" ,;:.'\"“”‘’()-–—") < 0)
                joined[^1] = (joined[^1].Start, span.End);
            else
                joined.Add(span);
        return joined;
    }

    /// <summary>How much of a long sentence is kept either side of the shared words (characters, cut at a space).</summary>
    private const int Context = 160;

    /// <summary>
    /// The sentences of a paragraph that hold text[start..end], that span marked. On the commentary's side a sentence
    /// running far either side (a one-sentence list of all six commitments) is cut to the words around the shared
    /// ones, and the cut shown with an ellipsis, as a quotation would show it; the paper's side is never cut.
    /// </summary>
    private static IReadOnlyList<TextRun> InSentences(Paragraph paragraph, int start, int end, List<(int Start, int End)> marks, bool cut)
    {
        var text = paragraph.Text;
        var (from, to) = SentenceSpan(paragraph, start, end);
        var cutBefore = cut && start - from > Context;
        var cutAfter = cut && to - end > Context;
        if (cutBefore) from = Math.Min(NextSpace(text, start - Context), start);
        if (cutAfter) to = Math.Max(PreviousSpace(text, end + Context), end);
        var runs = TextMarker.Runs(text, from, to, marks);
        if (cutBefore) runs.Insert(0, new TextRun("… ", false));
        if (cutAfter) runs.Add(new TextRun(" …", false));
        return runs;
    }

    /// <summary>The start of the sentence holding <paramref name="start"/> and the end of the one holding <paramref name="end"/>.</summary>
    internal static (int From, int To) SentenceSpan(Paragraph paragraph, int start, int end)
    {
        var text = paragraph.Text;
        int from = start, to = end, at = 0;
        foreach (var sentence in paragraph.Sentences)
        {
            var where = text.IndexOf(sentence.Text, at, StringComparison.Ordinal);
            if (where < 0) break; // a sentence the splitter normalised: keep the shared span alone rather than guess
            var after = where + sentence.Text.Length;
            if (after > start && where <= start) from = where;
            if (where < end && after >= end) to = after;
            at = after;
        }
        return (from, to);
    }

    private static int NextSpace(string text, int at)
    {
        var space = text.IndexOf(' ', at);
        return space < 0 ? at : space + 1;
    }

    private static int PreviousSpace(string text, int at)
    {
        var space = text.LastIndexOf(' ', Math.Min(at, text.Length - 1));
        return space < 0 ? at : space;
    }
}

/// <summary>
/// A commentary paragraph that shares wording with a paper item: its passages aligned with the paper's. The compare
/// page sets out those with <see cref="MinimumAligned"/> shared words or more, and lists the rest.
/// </summary>
public sealed record Comparison(Commentary Commentary, Paragraph Paragraph, int SharedWords, IReadOnlyList<AlignedPassage> Passages)
{
    public const int MinimumAligned = 8;

    public bool IsSetOut => SharedWords >= MinimumAligned;
}
