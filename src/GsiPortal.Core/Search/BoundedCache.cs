using System.Collections.Concurrent;

namespace GsiPortal.Core.Search;

/// <summary>
/// Answers kept by key, at most <see cref="Bound"/> of them: what never changes for a word (its analysis, its
/// correction, its relatives in an index that never changes) is worked out once, and readers who type endless new
/// words cannot grow it past its bound — past it, answers are worked out each time and not kept. Thread-safe.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int bound, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> kept = new(comparer);

    public int Bound => bound;

    public int Count => kept.Count;

    /// <summary>Whether an answer is kept for this key.</summary>
    public bool Holds(TKey key) => kept.ContainsKey(key);

    public TValue Get(TKey key, Func<TKey, TValue> work)
    {
        if (kept.TryGetValue(key, out var known)) return known;
        var found = work(key);
        if (kept.Count < bound) kept.TryAdd(key, found);
        return found;
    }

    /// <summary>As <see cref="Get(TKey, Func{TKey, TValue})"/>, with a state the work needs (no closure allocated per call).</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> work)
    {
        if (kept.TryGetValue(key, out var known)) return known;
        var found = work(key, state);
        if (kept.Count < bound) kept.TryAdd(key, found);
        return found;
    }
}
