namespace GsiPortal.Web.Tests;

/// <summary>
/// A clock whose date and time stay where they are put: the host reads the time of day from it (rate-limit windows,
/// the day a citation was accessed), so a test's requests cannot straddle a window's end or midnight. Timers and
/// elapsed time are still the system's.
/// </summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Half a minute into a minute's rate-limit window, on a day gone by.</summary>
    public static readonly DateTimeOffset MidWindow = new(2026, 11, 30, 12, 0, 30, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
