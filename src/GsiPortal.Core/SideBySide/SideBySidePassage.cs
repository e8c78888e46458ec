using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.SideBySide;

/// <summary>
/// One passage a commentary gives on the subject: the sentences that share wording with the item, from the first to
/// the last, once per paragraph (<see cref="SharedWithPaper"/>, its first), a whole paragraph that discusses it (<see cref="Discussion"/>), or a whole
/// paragraph that uses the key term (<see cref="TermSpans"/>). The text is the paragraph's own, from
/// <see cref="Start"/> to <see cref="End"/>.
/// </summary>
public sealed record SideBySidePassage(Paragraph Paragraph, int Start, int End, AlignedPassage? SharedWithPaper = null, Discussion? Discussion = null)
{
    /// <summary>The paragraph's shared words with the item, the one count every surface gives (<see cref="SharedWordCount"/>); 0 for a discussion or a key term.</summary>
    public int ParagraphSharedWords { get; init; }

    /// <summary>How many passages of the paragraph share the item's wording (one, or several apart in it).</summary>
    public int PassagesOfParagraph { get; init; } = 1;

    /// <summary>Whether every passage of the paragraph shared with the item is word for word the paper's (none near).</summary>
    public bool SharesExactly { get; init; } = true;

    /// <summary>Where the key term stands in <see cref="Text"/>, as (start, end) within it.</summary>
    public IReadOnlyList<(int Start, int End)> TermSpans { get; init; } = [];

    public string Text => Paragraph.Text[Start..End];

    public int WordCount { get; } = Words.Of(Paragraph.Text[Start..End]).Count;
}

/// <summary>Everything one commentary says on the subject, in reading order.</summary>
public sealed record CommentaryColumn(Commentary Commentary, bool PredatesPaper, IReadOnlyList<SideBySidePassage> Passages)
{
    /// <summary>How much it says on the subject, in words: what "the two that say most" ranks by.</summary>
    public int Words => Passages.Sum(p => p.WordCount);

    /// <summary>How many times it uses the key term (0 for an item).</summary>
    public int TermUses => Passages.Sum(p => p.TermSpans.Count);
}

/// <summary>A passage of one side as the page shows it: the words both sides use marked.</summary>
public sealed record MarkedPassage(SideBySidePassage Passage, IReadOnlyList<TextRun> Runs);

/// <summary>One side of the pair, its passages marked.</summary>
public sealed record PairSide(CommentaryColumn Column, IReadOnlyList<MarkedPassage> Passages)
{
    public Commentary Commentary => Column.Commentary;
}
