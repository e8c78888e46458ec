namespace GsiPortal.Core.Editions.Archive;

/// <summary>
/// One edition as the archive keeps it: its id, its date, when and from where it was archived, and each file it
/// holds by name and SHA-256 (the blob's name). Written once, as the last step of archiving, so an edition the
/// archive lists is complete.
/// </summary>
/// <param name="Id">The edition's id (<see cref="Content.ContentVersion"/>).</param>
/// <param name="Date">The date the edition states: its latest changelog entry; without a changelog, the day it was archived.</param>
/// <param name="Archived">When it was first archived (for editions imported from git, the commit's time): the editions' order.</param>
/// <param name="From">Where it came from: <c>site</c>, or <c>git {commit}</c>.</param>
/// <param name="Files">Every content file, by name, with the SHA-256 of its UTF-8 bytes.</param>
/// <param name="SearchTerms">The SHA-256 of the search terms it was first served with, if any; not part of the edition's id.</param>
/// <param name="Changes">The ids of the changelog entries it holds, oldest first.</param>
/// <param name="Antonyms">The SHA-256 of the quote check's antonym list (antonyms.yml), part of the edition's id; null for an edition without one, or archived before the list was part of an edition (checked with today's).</param>
/// <param name="Links">
/// The SHA-256 of the editors' link judgements (links.yml) it was first served with, if any; not part of the
/// edition's id, but what its coverage and comparison pages show, so an earlier edition is rebuilt with its own.
/// </param>
/// <param name="Format">
/// How the manifest was written: absent (null) before the archive kept the link judgements (such a manifest cannot say
/// whether the edition had any, and is completed when the edition is archived again), <see cref="CurrentFormat"/> since.
/// No default other than null: a manifest without the field must read as the older layout.
/// </param>
public sealed record ArchivedEdition(
    string Id,
    DateOnly Date,
    DateTimeOffset Archived,
    string From,
    IReadOnlyDictionary<string, string> Files,
    string? SearchTerms,
    IReadOnlyList<string> Changes,
    string? Antonyms = null,
    string? Links = null,
    int? Format = null)
{
    /// <summary>The manifest's layout now: 2 since the link judgements are kept (1, written as no number, before).</summary>
    public const int CurrentFormat = 2;

    /// <summary>Whether the manifest says what link judgements the edition had (none is an answer); false for one written before they were kept.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool KnowsLinks => Format >= CurrentFormat;

    /// <summary>"30 November 2026": how the banner and the list name an edition (two editions can share a date).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DateDisplay => Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Why an archived edition cannot be served.</summary>
public enum ArchiveProblemKind
{
    /// <summary>No edition with this id was ever archived here.</summary>
    Unknown,
    /// <summary>Deliberately removed by the editors (410).</summary>
    Removed,
    /// <summary>A file the edition lists is not in the archive (503).</summary>
    Missing,
    /// <summary>A file's bytes do not match its hash: truncated or altered (503).</summary>
    Corrupt,
    /// <summary>A file cannot be read, or the edition's texts cannot be read by this version of the site (503).</summary>
    Unreadable,
    /// <summary>The edition is sound, but building it must wait: builds are queued and rate-limited (503 with Retry-After).</summary>
    Busy,
}

/// <summary>A reported problem with one archived edition: what kind and, in words a reader can follow, why; for <see cref="ArchiveProblemKind.Busy"/>, when to ask again.</summary>
public sealed record ArchiveProblem(ArchiveProblemKind Kind, string Reason, int RetryAfterSeconds = 0);
