using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Editions;

/// <summary>One edition as /editions and /api/editions list it.</summary>
/// <param name="Version">Its id.</param>
/// <param name="Date">The date it states.</param>
/// <param name="IsCurrent">Whether it is the edition in service.</param>
/// <param name="Removed">The editors' reason, when removed.</param>
/// <param name="Changes">The changelog entries whose change it was the first to have (the current changelog's words): the edition an entry names, else the first to list it.</param>
/// <param name="Issued">Other ids under which it was cited (the earlier rule), which redirect to it.</param>
/// <param name="ChangedPassages">How many paragraphs' words differ from the edition before it.</param>
/// <param name="Made">When it was made (archived; for an edition read from git, its commit's time): its place among the editions of its day.</param>
/// <param name="Before">The edition it was made after, which it is compared with; null for the first held here.</param>
/// <param name="Differs">What differs from it, file by file in the editors' words (and with the files' names and keys); null when not known (the first, or an edition the archive could not store).</param>
public sealed record EditionListItem(string Version, DateOnly Date, bool IsCurrent, string? Removed, IReadOnlyList<Change> Changes, IReadOnlyList<string> Issued, int ChangedPassages,
    DateTimeOffset Made = default, ArchivedEdition? Before = null, IReadOnlyList<EditionDifferenceSaid>? Differs = null)
{
    /// <summary>What differs from <see cref="Before"/>, in the editors' words (<see cref="DifferenceWords"/>); empty for the first or when unknown.</summary>
    public IReadOnlyList<EditionDifferenceSaid> Differences => Differs ?? [];

    /// <summary>"the edition of 30 November 2026 (76caaaf486a6)": the one it is compared with, named as everywhere; null for the first.</summary>
    public string? BeforeName => Before is null ? null : "the " + EditionName.Of(Before.Id, Before.Date);

    public string DateDisplay => Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    public string DateIso => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public string Address => EditionAddress.Of(Version, Routes.Home);
    public string Epub => EditionAddress.Of(Version, Routes.EditionEpub);
    public string Pdf => EditionAddress.Of(Version, Routes.EditionPdf);
    public string TextsZip => EditionAddress.Of(Version, Routes.TextsZip);
}

/// <summary>
/// Every edition, newest first, as the list pages show them: the archive's catalog read with the current changelog.
/// Newest by the date each states, and within a day by when it was made (<see cref="EditionCatalog.ByDate"/>); what
/// each first held and what differs are reckoned against the edition it was made after, which each entry names, since
/// that is not always the one listed below it.
/// </summary>
public static class EditionListing
{
    public static IReadOnlyList<EditionListItem> Of(EditionCatalog catalog, ContentLibrary current)
    {
        // Each entry under the edition that first had its change: the one it names where it was recorded later
        // (EditionCatalog.MadeIn), else the first that listed it. Listed under the one that first listed it, an entry
        // recorded later said "first served in the edition of … (c9b5d0ae7bc6)" while that edition said "No changelog
        // entry was first made in this edition" (a fresh-eyes review).
        var byEdition = new Dictionary<string, List<Change>>(StringComparer.Ordinal);
        foreach (var change in current.Changes.Entries)
            if (catalog.MadeIn(change) is { } made)
                (byEdition.TryGetValue(made.Id, out var list) ? list : byEdition[made.Id] = []).Add(change);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<EditionListItem>();
        foreach (var edition in catalog.Editions)
        {
            // Newest first, as the list is and as /changes gives them (ChangeLog.Entries is already in that order;
            // reversed again here, a day's changes read the other way from /changes, a reader's review).
            var fresh = byEdition.TryGetValue(edition.Id, out var held)
                ? held.Where(c => seen.Add(c.Id)).ToList()
                : [];
            var issued = catalog.Aliases.Where(a => a.Value == edition.Id).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
            items.Add(new EditionListItem(edition.Id, edition.Date, edition.Id == current.Version, catalog.Removed.GetValueOrDefault(edition.Id),
                fresh, issued, catalog.History.ChangesIn(edition.Id).Count, edition.Archived, catalog.Before(edition.Id),
                catalog.Differences.TryGetValue(edition.Id, out var differs) ? DifferenceWords.Of(differs, current, catalog.History.ChangesIn(edition.Id)) : null));
        }
        // The edition in service is listed even when the archive could not store it (a full disk): it is served all the same.
        if (catalog.Find(current.Version) is null)
            items.Add(new EditionListItem(current.Version, current.Stamp.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), true, null,
                current.Changes.Entries.Where(c => !seen.Contains(c.Id)).ToList(), Issued(current), 0, DateTimeOffset.MaxValue,
                catalog.Editions.Count > 0 ? catalog.Editions[^1] : null));
        return items.OrderByDescending(e => e.Date).ThenByDescending(e => e.Made).ThenBy(e => e.Version, StringComparer.Ordinal).ToList();
    }

    /// <summary>The other ids the edition in service was issued under, when the archive could not list it: the first rule's, the texts alone.</summary>
    private static IReadOnlyList<string> Issued(ContentLibrary current) =>
        new[] { ContentVersion.OfFirstRule(current.Sources, current.SearchTermsText, current.AntonymsText, current.LinksText), ContentVersion.OfTextsAlone(current.Sources) }
            .OfType<string>().Where(id => id != current.Version).Distinct().Order(StringComparer.Ordinal).ToList();
}
