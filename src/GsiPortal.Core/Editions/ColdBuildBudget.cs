namespace GsiPortal.Core.Editions;

/// <summary>
/// How many earlier editions may start being built: a bucket of <c>perMinute</c> tokens, refilled evenly over a
/// minute. Global, not per client: the cost is one core, whoever asks, and a client's address says little behind a proxy.
/// </summary>
internal sealed class ColdBuildBudget(int perMinute, TimeProvider clock)
{
    private readonly int capacity = Math.Max(1, perMinute);
    private readonly Lock gate = new();
    private double tokens = Math.Max(1, perMinute);
    private long refilled = clock.GetTimestamp();

    /// <summary>Takes a token; or false, and how many seconds until one is there.</summary>
    public bool TryTake(out int retryAfterSeconds)
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            var perSecond = capacity / 60.0;
            tokens = Math.Min(capacity, tokens + clock.GetElapsedTime(refilled, now).TotalSeconds * perSecond);
            refilled = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                retryAfterSeconds = 0;
                return true;
            }
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - tokens) / perSecond));
            return false;
        }
    }
}
