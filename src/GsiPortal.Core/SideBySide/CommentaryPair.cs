using GsiPortal.Core.Content;

namespace GsiPortal.Core.SideBySide;

/// <summary>
/// Two commentaries side by side on one subject, as the reader chose them (or the two that say most on it): their
/// passages with the wording both use marked, those phrases listed, and the paper's items both take up.
/// </summary>
public sealed record CommentaryPair(SideBySideSubject Subject, PairSide A, PairSide B, IReadOnlyList<string> SharedPhrases, IReadOnlyList<PaperItem> BothTakeUp)
{
    /// <summary>True when the reader named neither commentary and the pair is the default.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The sides that write on the subject (have a passage on it), in the pair's order.</summary>
    public IReadOnlyList<PairSide> Writing => [.. new[] { A, B }.Where(s => s.Passages.Count > 0)];

    /// <summary>The sides that write nothing on it that the site links to it.</summary>
    public IReadOnlyList<PairSide> Silent => [.. new[] { A, B }.Where(s => s.Passages.Count == 0)];

    /// <summary>
    /// The sides the page sets out: both of a pair the reader named; of the default, only those that write on the
    /// subject — where fewer than two do, the default never fills the pair with a commentary that writes nothing
    /// (priority 20 was titled "Lei Kezhong and Dong Chunling" and then said Dong wrote nothing on it).
    /// </summary>
    public IReadOnlyList<PairSide> Shown => IsDefault ? Writing : [A, B];

    /// <summary>The address of this pair: the bare view for the default pair, else with both named.</summary>
    public string Address => IsDefault ? Subject.PairAddress() : Subject.PairAddress(A.Commentary, B.Commentary);
}

/// <summary>Why no pair could be set out: a commentary not known, the same one twice, or fewer than two commentaries.</summary>
public sealed record PairProblem(PairProblemKind Kind, string Reason);

public enum PairProblemKind { UnknownCommentary, SameCommentary, TooFewCommentaries }
