using System.Globalization;

namespace GsiPortal.Core.Changes;

/// <summary>
/// Which edition a page or a citation is of: the content version (a short hash of every content file, so any
/// changed word gives a new one) and the date of the latest recorded change. A citation that carries both can be
/// checked against the changelog later, whatever the site shows by then.
/// </summary>
public sealed record EditionStamp(string Version, DateOnly? Date)
{
    /// <summary>"25 November 2026", or null when no change is recorded.</summary>
    public string? DateDisplay => Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-25", or null.</summary>
    public string? DateIso => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
