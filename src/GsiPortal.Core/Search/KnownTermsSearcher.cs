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
/// The terms the index holds are bounded by its vocabulary. The terms it lacks are whatever readers type (a page's
/// <c>?highlight=</c>, a number, a misspelling), and kept like the others they filled the bound: after load.sh's mix
/// 33,000 of 33,360 kept terms were absent ones, about 8 MB of a 29 MB heap (docs/performance.md). So only the first
/// <see cref="MostAbsentTerms"/> absent terms are kept, all sharing one empty context — enough for those the search
/// itself asks of every query (a spelling form the index lacks, a placeholder term), which cost a search 1 KB each
/// time when none was kept.
/// </summary>
public sealed class KnownTermsSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>An edition's vocabulary is far smaller; past this many terms the rest are looked up each time.</summary>
    public const int MostKnownTerms = 50_000;

    /// <summary>Absent terms kept: about 150 bytes each (the term and its entry), so at most about 0.6 MB.</summary>
    public const int MostAbsentTerms = 4_096;

    private readonly ConcurrentDictionary<Term, TermContext> known = new();

    private int absentKept;

    /// <summary>What Lucene builds for a term no unit holds: no state in any segment, frequencies 0. Read-only once built.</summary>
    private TermContext? absent;

    private readonly ConcurrentDictionary<string, CollectionStatistics> fields = new(StringComparer.Ordinal);

    /// <summary>A field's statistics, read once: Lucene gathers them from the reader for every term and phrase weighed.</summary>
    public override CollectionStatistics CollectionStatistics(string field) =>
        fields.TryGetValue(field, out var known) ? known : fields.GetOrAdd(field, base.CollectionStatistics(field));

    /// <summary>How many units hold a term, from its kept statistics: the reader's own look-up seeks the terms dictionary each time.</summary>
    public int DocFreq(Term term) => ContextOf(term).DocFreq;

    /// <summary>
    /// How many units hold a word of the text field, kept by the word itself: a snippet's rarity, the common words and
    /// the paper's quoted sources ask it of every searched word of every page, and each ask made a <see cref="Term"/>
    /// (its text encoded to UTF-8 anew) and hashed its bytes. Bounded as the contexts are.
    /// </summary>
    public int TextDocFreq(string term)
    {
        if (textFrequencies.TryGetValue(term, out var frequency)) return frequency;
        frequency = DocFreq(new Term(SearchFields.Text, term));
        if (frequency > 0 ? textFrequencies.Count < MostKnownTerms : Volatile.Read(ref absentWordsKept) < MostAbsentTerms && textFrequencies.Count < MostKnownTerms)
            if (textFrequencies.TryAdd(term, frequency) && frequency == 0) Interlocked.Increment(ref absentWordsKept);
        return frequency;
    }

    private readonly ConcurrentDictionary<string, int> textFrequencies = new(StringComparer.Ordinal);

    private int absentWordsKept;

    /// <summary>How many terms are kept, present and absent.</summary>
    internal int KnownCount => known.Count;

    /// <summary>A term's statistics in this index, kept (bounded).</summary>
    internal TermContext ContextOf(Term term)
    {
        if (known.TryGetValue(term, out var context)) return context;
        context = TermContext.Build(TopReaderContext, term);
        if (context.DocFreq > 0)
        {
            if (known.Count < MostKnownTerms) known.TryAdd(term, context);
            return context;
        }
        if (Volatile.Read(ref absentKept) < MostAbsentTerms && known.TryAdd(term, absent ??= context))
            Interlocked.Increment(ref absentKept);
        return context;
    }
}

/// <summary>
/// A term query weighed with the statistics <see cref="KnownTermsSearcher"/> keeps, rather than a fresh seek per
/// search (or a copy of every query tree to hand them in, as this index did before). Equal to a
/// <see cref="TermQuery"/> of the same term and boost, so it keys the same caches.
/// </summary>
public sealed class KnownTermQuery(Term term) : TermQuery(term), IKeptWeightQuery
{
    /// <summary>Kept across searches (a word's exact-form boost): weighed once and shared (<see cref="SharedWeight"/>).</summary>
    internal bool Kept { get; init; }

    private SharedWeight? weight;

    public override Weight CreateWeight(IndexSearcher searcher) =>
        Kept && searcher is KnownTermsSearcher known ? SharedWeight.For(this, known, ref weight) : ((IKeptWeightQuery)this).CreateOwnWeight(searcher);

    /// <summary>When some unit holds the term.</summary>
    bool IKeptWeightQuery.WorthKeeping(KnownTermsSearcher searcher) => searcher.DocFreq(Term) > 0;

    Weight IKeptWeightQuery.CreateOwnWeight(IndexSearcher searcher) =>
        searcher is KnownTermsSearcher known ? new TermQuery(Term, known.ContextOf(Term)) { Boost = Boost }.CreateWeight(searcher) : base.CreateWeight(searcher);
}
