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
    public static AlignedPassage Of(SharedPassage shared) => new(shared,
        InSentences(shared.PaperParagraph, shared.PaperStart, shared.PaperEnd, SameWords(shared.PaperParagraph.Text, shared.PaperStart, shared.PaperEnd, shared, WordChange.OnlyInSecond)),
        InSentences(shared.Commentary, shared.CommentaryStart, shared.CommentaryEnd, SameWords(shared.Commentary.Text, shared.CommentaryStart, shared.CommentaryEnd, shared, WordChange.OnlyInFirst)));

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
    /// The sentences of a paragraph that hold text[start..end], that span marked. A sentence running far either side
    /// (a commentary's one-sentence list of all six commitments) is cut to the words around the shared ones, and the
    /// cut shown with an ellipsis, as a quotation would show it.
    /// </summary>
    private static IReadOnlyList<TextRun> InSentences(Paragraph paragraph, int start, int end, List<(int Start, int End)> marks)
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
        var cutBefore = start - from > Context;
        var cutAfter = to - end > Context;
        if (cutBefore) from = Math.Min(NextSpace(text, start - Context), start);
        if (cutAfter) to = Math.Max(PreviousSpace(text, end + Context), end);
        var runs = TextMarker.Runs(text, from, to, marks);
        if (cutBefore) runs.Insert(0, new TextRun("… ", false));
        if (cutAfter) runs.Add(new TextRun(" …", false));
        return runs;
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
