using System.Collections.Concurrent;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// The units each clause of a reader's query matches, kept for the index's lifetime. Relaxing a query asks, for
/// every word, how many units hold it and which: the same words recur across searches far more than whole queries
/// do, and an edition's index never changes. Bounded in bytes, so a library a thousand times larger keeps fewer.
/// </summary>
internal sealed class ClauseMatches(IndexSearcher searcher)
{
    private const long BudgetBytes = 8 * 1024 * 1024;
    private const int MostClauses = 20_000;

    private readonly ConcurrentDictionary<Query, FixedBitSet> known = new();
    private readonly int limit = (int)Math.Min(MostClauses, BudgetBytes / (searcher.IndexReader.MaxDoc / 8 + 64));

    /// <summary>The units the clause matches. Shared: read it, never change it.</summary>
    public FixedBitSet Of(Query clause)
    {
        // A kept clause query carries its matches here once known: no hash of the query's tree.
        if (clause is KeptClauseQuery { Known: { } carried } && carried.Owner == this) return carried.Matches;
        if (!known.TryGetValue(clause, out var matches))
        {
            matches = Search(clause);
            if (known.Count >= limit || !known.TryAdd(clause, matches)) return known.GetValueOrDefault(clause) ?? matches;
        }
        if (clause is KeptClauseQuery kept) kept.Known = new KnownMatches(this, matches);
        return matches;
    }

    /// <summary>
    /// How many units every one of the clauses matches (0 for no clauses): at most what a query requiring them all
    /// can find, read from the clauses' kept matches without searching. A search that cannot find enough is not run.
    /// </summary>
    public int MostMatches(IReadOnlyList<BuiltClause> clauses)
    {
        if (clauses.Count == 0) return 0;
        var words = Of(clauses[0].Query).GetBits().Length;
        Span<long> all = words <= 256 ? stackalloc long[words] : new long[words];
        Of(clauses[0].Query).GetBits().AsSpan(0, words).CopyTo(all);
        for (var i = 1; i < clauses.Count; i++)
        {
            var bits = Of(clauses[i].Query).GetBits();
            for (var w = 0; w < words; w++) all[w] &= bits[w];
        }
        var count = 0;
        foreach (var word in all) count += System.Numerics.BitOperations.PopCount((ulong)word);
        return count;
    }

    /// <summary>The units a whole query matches, not kept: queries recur far less than their words.</summary>
    public FixedBitSet Search(Query query)
    {
        var matches = new FixedBitSet(searcher.IndexReader.MaxDoc);
        searcher.Search(query, new MatchCollector(matches));
        return matches;
    }
}
