namespace GsiPortal.Core.Rights;

/// <summary>
/// The rights and reuse statement, in one place so that /about, the data API and the downloads say the same words:
/// the texts' rights stay with their authors and publishers; the site's own apparatus may be reused.
/// </summary>
public static class ReuseStatement
{
    /// <summary>What is the authors' and publishers', and on what footing it is here.</summary>
    public const string Texts = "The texts remain the work of their authors and publishers, whose rights in them are unaffected; they are reproduced here in full for reference and study, each with its source.";

    /// <summary>What is the site's own, and how it may be reused.</summary>
    public const string Apparatus = "The site's own apparatus — the editors' labels and notes, the computed cross-references, the citations and the data — may be reused freely with acknowledgement of GsiPortal.";

    public const string Full = Texts + " " + Apparatus;
}
