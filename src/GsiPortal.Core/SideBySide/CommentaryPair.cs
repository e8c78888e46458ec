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

    /// <summary>The address of this pair: the bare view for the default pair, else with both named.</summary>
    public string Address => IsDefault ? Subject.PairAddress() : Subject.PairAddress(A.Commentary, B.Commentary);
}

/// <summary>Why no pair could be set out: a commentary not known, the same one twice, or fewer than two commentaries.</summary>
public sealed record PairProblem(PairProblemKind Kind, string Reason);

public enum PairProblemKind { UnknownCommentary, SameCommentary, TooFewCommentaries }
