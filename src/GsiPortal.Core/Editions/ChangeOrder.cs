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
        log.Entries.Select((change, written) => (change, written, made: catalog.MadeIn(change)?.Archived ?? DateTimeOffset.MaxValue))
            .OrderByDescending(c => c.change.Date).ThenByDescending(c => c.made).ThenBy(c => c.written)
            .Select(c => c.change).ToList();

    /// <summary>
    /// When on its day the entry first appeared: the time the edition that first held it was made, when that was on the
    /// day the entry states; else null (an entry written into the changelog later, with the day of the change, has no
    /// known time that day). The feed's <c>updated</c> says it, so a feed reader orders a day's entries as the page does.
    /// </summary>
    public static DateTimeOffset? TimeOnItsDay(Change change, EditionCatalog catalog) =>
        catalog.MadeIn(change)?.Archived.ToUniversalTime() is { } made && DateOnly.FromDateTime(made.UtcDateTime) == change.Date ? made : null;
}
