namespace GsiPortal.Core.Changes;

/// <summary>
/// Every recorded change to the texts, newest first. Empty when the content folder keeps no changelog. Entries of one
/// day stand as the editors wrote them, the later in the file the newer (they add to the end): the changelog records
/// no time. Where the archive knows when each entry first appeared, the lists order a day by that
/// (<see cref="Editions.ChangeOrder"/>).
/// </summary>
public sealed class ChangeLog(IEnumerable<Change> changes)
{
    public static ChangeLog Empty { get; } = new([]);

    public IReadOnlyList<Change> Entries { get; } = changes.Select((change, written) => (change, written))
        .OrderByDescending(c => c.change.Date).ThenByDescending(c => c.written).Select(c => c.change).ToList();

    /// <summary>The date of the newest change: the date the edition states. Null without a changelog.</summary>
    public DateOnly? Latest => Entries.Count > 0 ? Entries[0].Date : null;
}
