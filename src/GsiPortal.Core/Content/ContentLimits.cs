namespace GsiPortal.Core.Content;

/// <summary>
/// What one content file may cost. The texts are a few tens of kilobytes each; a file far beyond that is a mistake
/// (a log, a dump, <c>truncate -s 3G</c>), and reading it whole would stall every reload and could exhaust memory.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>The default: 2 MiB, about twenty times the largest text and the whole library.</summary>
    public const long DefaultMaxFileBytes = 2 * 1024 * 1024;

    public static ContentLimits Default { get; } = new();

    /// <summary>The largest content file read, in bytes; a larger one is a problem with its name, and is never read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
