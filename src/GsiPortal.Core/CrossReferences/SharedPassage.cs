using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// A run of words a commentary paragraph shares with the paper: exact (six words or more, the same after
/// normalisation) or near (exact runs joined across a changed, missing or misspelt word), with the word-level
/// differences of a near match (first: the commentary; second: the paper).
/// </summary>
public sealed record SharedPassage(
    Paragraph Commentary, PaperUnit Paper, Paragraph PaperParagraph,
    int CommentaryStart, int CommentaryEnd, int PaperStart, int PaperEnd,
    int SharedWords, bool Exact, IReadOnlyList<WordStep> Differences)
{
    /// <summary>
    /// Where each word of the paper that the commentary has the same begins (in the paper paragraph's text): what
    /// <see cref="SharedWordCount"/> counts, each once. <see cref="SharedWords"/> is their number.
    /// </summary>
    public IReadOnlyList<int> PaperSameWords { get; init; } = [];

    /// <summary>The shared words as the commentary has them.</summary>
    public string CommentaryText => Commentary.Text[CommentaryStart..CommentaryEnd];

    /// <summary>The same passage as the paper has it.</summary>
    public string PaperText => PaperParagraph.Text[PaperStart..PaperEnd];

    public Commentary Source => (Commentary)Commentary.Document;
}

