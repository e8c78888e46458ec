namespace GsiPortal.Core.Changes;

/// <summary>Every recorded change to the texts, newest first. Empty when the content folder keeps no changelog.</summary>
public sealed class ChangeLog(IEnumerable<Change> changes)
{
    public static ChangeLog Empty { get; } = new([]);

    public IReadOnlyList<Change> Entries { get; } = changes.OrderByDescending(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    /// <summary>The date of the newest change: the date the edition states. Null without a changelog.</summary>
    public DateOnly? Latest => Entries.Count > 0 ? Entries[0].Date : null;
}
