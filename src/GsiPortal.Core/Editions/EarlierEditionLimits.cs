namespace GsiPortal.Core.Editions;

/// <summary>
/// What earlier editions may cost (docs/performance.md, "Editions"): a stranger asking for one old edition after
/// another must not keep a core busy nor fill the memory. Builds run one at a time; at most <paramref name="Queue"/>
/// other editions wait for theirs; at most <paramref name="ColdBuildsPerMinute"/> builds start in a minute (a bucket
/// of that many, refilled evenly); beyond either the request is answered 503 with when to ask again. At most
/// <paramref name="Kept"/> built editions are kept, and fewer when together they are estimated past
/// <paramref name="KeptBytes"/>; the current edition is not one of them and is always kept.
/// </summary>
public sealed record EarlierEditionLimits(int Kept = 1, long KeptBytes = 48L << 20, int Queue = 2, int ColdBuildsPerMinute = 6)
{
    public static readonly EarlierEditionLimits Default = new();

    /// <summary>
    /// Resident bytes an earlier edition holds per character of its texts, measured with bench/editions-memory.sh
    /// (three kept cost 17 MB under the stranger's mix: ~5.7 MB each for the 79 K characters of the December 2026
    /// texts, without a search index): an estimate, for the memory bound.
    /// </summary>
    public const int BytesPerTextChar = 72;

    /// <summary>The estimated resident size of an earlier edition.</summary>
    public static long Estimate(Content.ContentLibrary library) =>
        library.Sources.Sum(f => (long)f.Markdown.Length) * BytesPerTextChar;
}
