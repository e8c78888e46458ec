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
        InSentences(shared.PaperParagraph, shared.PaperStart, shared.PaperEnd),
        InSentences(shared.Commentary, shared.CommentaryStart, shared.CommentaryEnd));

    /// <summary>The sentences of a paragraph that hold text[start..end], that span marked.</summary>
    private static IReadOnlyList<TextRun> InSentences(Paragraph paragraph, int start, int end)
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
        return TextMarker.Runs(text, from, to, [(start, end)]);
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
