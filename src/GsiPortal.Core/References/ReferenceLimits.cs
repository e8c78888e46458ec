namespace GsiPortal.Core.References;

/// <summary>
/// What the find-references service takes: any site's script may send it a whole page, so the text is capped, the
/// work is linear in it and stops at a time budget, answering what it found so far as incomplete.
/// </summary>
public static class ReferenceLimits
{
    /// <summary>The longest text a POST may send, in characters (UTF-16 code units, as scripts count them).</summary>
    public const int MaxTextLength = 50_000;

    /// <summary>The longest text a GET may carry in its address.</summary>
    public const int MaxQueryTextLength = 2_000;

    /// <summary>The time one request may spend reading references before it answers with what it has.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
}
