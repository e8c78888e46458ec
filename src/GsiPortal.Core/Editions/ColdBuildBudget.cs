namespace GsiPortal.Core.Editions;

/// <summary>
/// How many earlier editions may start being built: a bucket of <c>perMinute</c> tokens, refilled evenly over a
/// minute. One bounds the site as a whole (the cost is one core, whoever asks); one per client bounds what a single
/// address can take of it, so that one stranger's burst does not leave a reader following /changes nothing.
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
            Refill();
            if (tokens >= 1)
            {
                tokens -= 1;
                retryAfterSeconds = 0;
                return true;
            }
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - tokens) / PerSecond));
            return false;
        }
    }

    /// <summary>Gives back a token taken for a build that did not start (the other bucket refused it).</summary>
    public void Return()
    {
        lock (gate) tokens = Math.Min(capacity, tokens + 1);
    }

    /// <summary>Whether the bucket is full: then it is the same as a new one, and a client's may be forgotten.</summary>
    public bool IsFull
    {
        get { lock (gate) { Refill(); return tokens >= capacity; } }
    }

    private double PerSecond => capacity / 60.0;

    private void Refill()
    {
        var now = clock.GetTimestamp();
        tokens = Math.Min(capacity, tokens + clock.GetElapsedTime(refilled, now).TotalSeconds * PerSecond);
        refilled = now;
    }
}
