using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// An IndexSearcher that looks each term up in the index once for its lifetime. Lucene builds a term's statistics
/// (<see cref="TermContext"/>: a seek in the terms dictionary) every time a query holding it is weighed; one reader's
/// query asks for each word in three fields, again to relax, and again to count — a fifth of a search's time in the
/// profile (docs/performance.md). The index of an edition never changes, so a term's context is the same for every
/// query: kept here, bounded, and handed to the term queries as they are weighed (<see cref="KnownTermQuery"/>).
/// Scores are unchanged: the statistics are the very ones Lucene would have built.
/// </summary>
public sealed class KnownTermsSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>Readers type words the index lacks, endlessly; past this many terms the rest are looked up each time.</summary>
    public const int MostKnownTerms = 50_000;

    private readonly ConcurrentDictionary<Term, TermContext> known = new();

    private readonly ConcurrentDictionary<string, CollectionStatistics> fields = new(StringComparer.Ordinal);

    /// <summary>A field's statistics, read once: Lucene gathers them from the reader for every term and phrase weighed.</summary>
    public override CollectionStatistics CollectionStatistics(string field) =>
        fields.TryGetValue(field, out var known) ? known : fields.GetOrAdd(field, base.CollectionStatistics(field));

    /// <summary>How many units hold a term, from its kept statistics: the reader's own look-up seeks the terms dictionary each time.</summary>
    public int DocFreq(Term term) => ContextOf(term).DocFreq;

    /// <summary>A term's statistics in this index, kept (bounded).</summary>
    internal TermContext ContextOf(Term term)
    {
        if (known.TryGetValue(term, out var context)) return context;
        context = TermContext.Build(TopReaderContext, term);
        if (known.Count < MostKnownTerms) known.TryAdd(term, context);
        return context;
    }
}

/// <summary>
/// A term query weighed with the statistics <see cref="KnownTermsSearcher"/> keeps, rather than a fresh seek per
/// search (or a copy of every query tree to hand them in, as this index did before). Equal to a
/// <see cref="TermQuery"/> of the same term and boost, so it keys the same caches.
/// </summary>
public sealed class KnownTermQuery(Term term) : TermQuery(term)
{
    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher is KnownTermsSearcher known ? new TermQuery(Term, known.ContextOf(Term)) { Boost = Boost }.CreateWeight(searcher) : base.CreateWeight(searcher);
}
