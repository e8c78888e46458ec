namespace GsiPortal.Core.Text;

/// <summary>
/// One copy of each text held by the editions in memory: a paragraph or a sentence that reads the same in the current
/// edition and in the earlier ones kept (most of them: an edition changes a few paragraphs) is one string, not one per
/// edition (docs/performance.md, "Editions"). Found by content — its hash, then its characters compared — and held
/// weakly, so a text no edition holds any longer is collected with the last edition that held it; the pool itself is
/// swept of such entries as it grows. Short strings are not pooled: a weak handle costs more than they do.
/// </summary>
public static class TextPool
{
    /// <summary>Below this many characters a string is cheaper to copy than to share through a weak handle.</summary>
    public const int ShortestShared = 24;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<int, List<WeakReference<string>>> ByHash = [];
    private static int entries;
    private static int sweepAt = 4096;

    /// <summary>The pooled string equal to <paramref name="text"/>: an equal one already held by some edition, or this one, now pooled.</summary>
    public static string Share(string text)
    {
        if (text.Length < ShortestShared) return text;
        var hash = string.GetHashCode(text.AsSpan());
        lock (Gate)
        {
            if (ByHash.TryGetValue(hash, out var bucket))
            {
                foreach (var held in bucket)
                    if (held.TryGetTarget(out var same) && string.Equals(same, text, StringComparison.Ordinal)) return same;
            }
            else
            {
                ByHash[hash] = bucket = [];
            }
            bucket.Add(new WeakReference<string>(text));
            if (++entries >= sweepAt) Sweep();
            return text;
        }
    }

    /// <summary>How many texts the pool refers to now (some perhaps already collected), for measurement.</summary>
    public static int Count { get { lock (Gate) return entries; } }

    /// <summary>Drops the entries whose text was collected; the next sweep comes when the pool has doubled since. Under the gate.</summary>
    private static void Sweep()
    {
        var empty = new List<int>();
        entries = 0;
        foreach (var (hash, bucket) in ByHash)
        {
            bucket.RemoveAll(w => !w.TryGetTarget(out _));
            if (bucket.Count == 0) empty.Add(hash);
            entries += bucket.Count;
        }
        foreach (var hash in empty) ByHash.Remove(hash);
        sweepAt = Math.Max(4096, entries * 2);
    }
}
