using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Editions;

/// <summary>
/// A changelog entry placed among the editions: the edition that first held it, the one before, and the passages
/// whose words differ between the two in the texts it names. The changelog names whole texts; the passages come
/// from comparing the editions. Each comes with its address in the old and the new edition.
/// </summary>
public sealed record ChangeInEditions(Change Change, ArchivedEdition? Before, ArchivedEdition? After, IReadOnlyList<PassageChange> Passages)
{
    /// <summary>The entry among the catalog's editions; Before and After null when the archive does not hold them.</summary>
    public static ChangeInEditions Of(Change change, EditionCatalog catalog, string paperId)
    {
        var after = catalog.MadeIn(change);
        var before = after is null ? null : catalog.Before(after.Id);
        var texts = change.Texts.ToHashSet(StringComparer.Ordinal);
        var passages = after is null ? [] : catalog.History.ChangesIn(after.Id).Where(p => texts.Contains(DocumentOf(p.Page, paperId))).ToList();
        return new ChangeInEditions(change, before, after, passages);
    }

    /// <summary>
    /// The entry was first listed in the edition that began the changelog: the one before it kept none, so the entry
    /// was written down there for a change made in some earlier edition. Which one is not recorded, and comparing the
    /// two editions shows nothing of it (the editors' labels of 25 November 2026, listed first in the changelog's
    /// first edition, were already in the edition before it).
    /// </summary>
    /// <remarks>Not where the entry names the edition that first had its change (<see cref="Change.MadeIn"/>): that one is recorded.</remarks>
    public bool RecordedWhenTheChangelogBegan => Before is { Changes.Count: 0 } && After is not null && Change.MadeIn is null;

    /// <summary>The address in the edition before the change, or null when the passage was new (or no edition before is archived).</summary>
    public string? OldAddress(PassageChange passage) => passage.From is { } from ? EditionAddress.Of(from, passage.Address) : null;

    public string NewAddress(PassageChange passage) => EditionAddress.Of(passage.To, passage.Address);

    /// <summary>A whole text's page in the edition before and after (for entries that changed the apparatus, not the words).</summary>
    public (string? Old, string? New) TextAddresses(string documentPage) =>
        (Before is null ? null : EditionAddress.Of(Before.Id, documentPage), After is null ? null : EditionAddress.Of(After.Id, documentPage));

    /// <summary>The document id a page belongs to: the paper's pages are the paper's, a commentary's its own.</summary>
    private static string DocumentOf(string page, string paperId) =>
        page.StartsWith(Routes.Commentaries + "/", StringComparison.Ordinal) ? page[(Routes.Commentaries.Length + 1)..] : paperId;
}
