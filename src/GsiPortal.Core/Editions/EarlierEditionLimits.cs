namespace GsiPortal.Core.Editions;

/// <summary>
/// What earlier editions may cost (docs/performance.md, "Editions"): a stranger asking for one old edition after
/// another must not keep a core busy nor fill the memory. Builds run one at a time; at most <paramref name="Queue"/>
/// other editions wait for theirs; at most <paramref name="ColdBuildsPerMinute"/> builds start in a minute on the
/// whole site, and at most <paramref name="ColdBuildsPerClientPerMinute"/> for any one client (buckets of that many,
/// refilled evenly); beyond any, the request is answered 503 with when to ask again. At most <paramref name="Kept"/>
/// built editions are kept, and fewer when together they are estimated past <paramref name="KeptBytes"/>; the current
/// edition is not one of them and is always kept.
/// </summary>
/// <remarks>
/// The defaults are set from measurement (docs/performance.md, "A reader following /changes"): a build costs 0.18 to
/// 0.26 s of CPU, so 30 a minute is at most about 8 s of one core in a minute for the whole site, and 10 a minute for
/// one client under 3 s of it; a reader following /changes' links, one every few seconds, needs at most one build a
/// link, and the three kept hold an entry's two editions (its links alternate between them) and the one read last.
/// </remarks>
public sealed record EarlierEditionLimits(int Kept = 3, long KeptBytes = 48L << 20, int Queue = 2, int ColdBuildsPerMinute = 30, int ColdBuildsPerClientPerMinute = 10)
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
