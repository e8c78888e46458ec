using GsiPortal.Core.Changes;

namespace GsiPortal.Core.Editions;

/// <summary>
/// The changelog's entries, newest first, as /changes and its feed list them: by date, and within a day by when the
/// edition that first held each was made (the archive knows the time; the changelog records only the day). An entry
/// no archived edition holds yet is the newest of its day (it is in the edition being served, not yet archived); where
/// neither is known, the changelog's own order stands. Until this session a day's entries stood in the order of
/// their ids, so "commitment-labels", made first on 5 December, was listed above the two made after it.
/// </summary>
public static class ChangeOrder
{
    public static IReadOnlyList<Change> NewestFirst(ChangeLog log, EditionCatalog catalog) =>
        log.Entries.Select((change, written) => (change, written, made: Made(change, catalog)))
            .OrderByDescending(c => c.change.Date).ThenByDescending(c => OnItsDay(c.change.Date, c.made)).ThenByDescending(c => c.made).ThenBy(c => c.written)
            .Select(c => c.change).ToList();

    /// <summary>
    /// When on its day the entry first appeared, the one moment the page orders by and the feed's <c>updated</c>
    /// says, so a feed reader orders a day's entries as the page does: the time the edition that first held it was
    /// made, held within the day the entry states. An edition made on a later day (the entry recorded late, or not
    /// yet archived: the edition being served) appeared after the day's others, so its entry says the day's last
    /// second; one made earlier says the day's first. Until 7 December 2026 the first said midnight while the page
    /// listed it first: after midnight UTC the newest entry of the day before stood first on the page and last in
    /// the feed's order, which failed CI on a clean clone (the served edition is archived when the site starts).
    /// </summary>
    public static DateTimeOffset TimeOnItsDay(Change change, EditionCatalog catalog) => OnItsDay(change.Date, Made(change, catalog));

    private static DateTimeOffset Made(Change change, EditionCatalog catalog) => catalog.MadeIn(change)?.Archived.ToUniversalTime() ?? DateTimeOffset.MaxValue;

    private static DateTimeOffset OnItsDay(DateOnly day, DateTimeOffset made)
    {
        var first = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var last = new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        return made < first ? first : made > last ? last : made;
    }
}
