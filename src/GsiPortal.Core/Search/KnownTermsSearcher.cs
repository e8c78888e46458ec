using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// An IndexSearcher that looks each term up in the index once for its lifetime. Lucene builds a term's statistics
/// (<see cref="TermContext"/>: a seek in the terms dictionary) every time a query holding it is weighed; one reader's
/// query asks for each word in three fields, again to relax, and again to count — a fifth of a search's time in the
/// profile (docs/performance.md). The index of an edition never changes, so a term's context is the same for every
/// query: kept here, bounded, and handed to the term queries before they are weighed. Scores are unchanged: the
/// statistics are the very ones Lucene would have built.
/// </summary>
public sealed class KnownTermsSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>Readers type words the index lacks, endlessly; past this many terms the rest are looked up each time.</summary>
    public const int MostKnownTerms = 50_000;

    private readonly ConcurrentDictionary<Term, TermContext> known = new();

    public override Weight CreateNormalizedWeight(Query query) => base.CreateNormalizedWeight(WithKnownTerms(query));

    private Query WithKnownTerms(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, ContextOf(term.Term)) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses) copy.Add(WithKnownTerms(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }

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
