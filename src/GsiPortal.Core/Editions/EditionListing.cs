using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Editions;

/// <summary>One edition as /editions and /api/editions list it.</summary>
/// <param name="Version">Its id.</param>
/// <param name="Date">The date it states.</param>
/// <param name="IsCurrent">Whether it is the edition in service.</param>
/// <param name="Removed">The editors' reason, when removed.</param>
/// <param name="Changes">The changelog entries it was the first to hold (the current changelog's words).</param>
/// <param name="Issued">Other ids under which it was cited (the earlier rule), which redirect to it.</param>
/// <param name="ChangedPassages">How many paragraphs' words differ from the edition before it.</param>
public sealed record EditionListItem(string Version, DateOnly Date, bool IsCurrent, string? Removed, IReadOnlyList<Change> Changes, IReadOnlyList<string> Issued, int ChangedPassages)
{
    public string DateDisplay => Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    public string DateIso => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public string Address => EditionAddress.Of(Version, Routes.Home);
    public string Epub => EditionAddress.Of(Version, Routes.EditionEpub);
    public string Pdf => EditionAddress.Of(Version, Routes.EditionPdf);
    public string TextsZip => EditionAddress.Of(Version, Routes.TextsZip);
}

/// <summary>Every edition, newest first, as the list pages show them: the archive's catalog read with the current changelog.</summary>
public static class EditionListing
{
    public static IReadOnlyList<EditionListItem> Of(EditionCatalog catalog, ContentLibrary current)
    {
        var entries = current.Changes.Entries.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<EditionListItem>();
        foreach (var edition in catalog.Editions)
        {
            var fresh = edition.Changes.Where(seen.Add).Select(id => entries.GetValueOrDefault(id)).OfType<Change>().ToList();
            var issued = catalog.Aliases.Where(a => a.Value == edition.Id).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
            items.Add(new EditionListItem(edition.Id, edition.Date, edition.Id == current.Version, catalog.Removed.GetValueOrDefault(edition.Id),
                fresh, issued, catalog.History.ChangesIn(edition.Id).Count));
        }
        // The edition in service is listed even when the archive could not store it (a full disk): it is served all the same.
        if (catalog.Find(current.Version) is null)
            items.Add(new EditionListItem(current.Version, current.Stamp.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), true, null,
                current.Changes.Entries.Where(c => !seen.Contains(c.Id)).Reverse().ToList(), Issued(current), 0));
        items.Reverse();
        return items;
    }

    /// <summary>The other ids the edition in service was issued under, when the archive could not list it: the first rule's, the texts alone.</summary>
    private static IReadOnlyList<string> Issued(ContentLibrary current) =>
        new[] { ContentVersion.OfFirstRule(current.Sources, current.SearchTermsText, current.AntonymsText, current.LinksText), ContentVersion.OfTextsAlone(current.Sources) }
            .OfType<string>().Where(id => id != current.Version).Distinct().Order(StringComparer.Ordinal).ToList();
}
