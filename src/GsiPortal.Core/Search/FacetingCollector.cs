using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// Collects every match of a query in one pass: counts per kind (within the document filter) and per document
/// (within the kind filter), as multi-select facets do, and keeps the best hits that pass both filters, each
/// score multiplied by its kind's rank factor. Counts are kept by doc-values ordinal and named only at the end,
/// so a query matching a hundred thousand units allocates nothing per match.
/// </summary>
internal sealed class FacetingCollector(string? kindFilter, string? documentFilter, int keep, FixedBitSet? matched = null, SegmentFacets? facets = null,
    Query? together = null, TextsNamed named = TextsNamed.None, int[]? titled = null) : ICollector
{
    private int docBase;

    /// <summary>The scorer of <c>together</c> among the query's optional clauses, in the current segment.</summary>
    private Scorer? togetherScorer;

    /// <summary>
    /// How many of the matched units (filters or not) the optional clause <c>together</c> also matches: counted in
    /// the same pass (<see cref="BuiltQuery.TogetherWithinStrict"/>). -1 when not asked for, or when its scorer
    /// could not be found in a segment that holds its words (then the caller asks Lucene).
    /// </summary>
    public int TogetherCount { get; private set; } = together is null ? -1 : 0;

    /// <summary>
    /// The units counted (those passing the filters), when asked for: the page names an expansion's form only if one
    /// of them holds it, and this spares a second search of the same query to learn which they are.
    /// </summary>
    public FixedBitSet? Matched => matched;

    /// <summary>
    /// The kept hits, worst on top. Ties are common (BM25 keeps a unit's length to a byte), and a page is a slice of
    /// the best <c>page × size</c> hits: unless a tie is broken the same way whatever the number kept — and whatever
    /// order the scorer collects in — page 5 and page 6 would share some hits and leave others out. Of equal
    /// scores the earlier unit ranks first, as <see cref="Hits"/> sorts them.
    /// </summary>
    private readonly PriorityQueue<(int Unit, float Score), (int Unit, float Score)> best = new(Comparer<(int Unit, float Score)>.Create(Worse));

    /// <summary>Negative when <paramref name="a"/> ranks below <paramref name="b"/>: a lower score, or the same score and a later unit.</summary>
    private static int Worse((int Unit, float Score) a, (int Unit, float Score) b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Unit.CompareTo(a.Unit);
    private readonly Dictionary<string, int> kindCounts = [];
    private readonly Dictionary<string, int> documentCounts = [];
    private Segment segment;
    private Scorer scorer = null!;

    /// <summary>One segment's doc values, its filter ordinals and its counts by ordinal.</summary>
    private struct Segment
    {
        public SortedDocValues Kinds, Documents;
        public NumericDocValues Ordinals;
        public int KindFilter, DocumentFilter; // -1: no filter; -2: the filter value is not in this segment
        public int[] KindCounts, DocumentCounts;
        public float[] RankFactors;
        public string[] KindNames, DocumentNames;
    }

    public int Total { get; private set; }

    /// <summary>
    /// In order: offered out of order, Lucene 4.8 builds a clause's out-of-order scorer (a table of 2,048 buckets,
    /// over 100 KB) for the first required clause of a query, then drops it for the in-order one a query with
    /// required clauses needs anyway — the largest allocation of a search, for nothing.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public IReadOnlyDictionary<string, int> KindCounts { get { Flush(); return kindCounts; } }

    public IReadOnlyDictionary<string, int> DocumentCounts { get { Flush(); return documentCounts; } }

    public void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        if (together is null || TogetherCount < 0) return;
        togetherScorer = Find(scorer, together);
        // Not among the scorers: Lucene made none for it (a word missing from this segment's text, so it matches
        // nothing here), or the query took a shape this does not know — then the count is left to a search of its own.
        if (togetherScorer is null && !MatchesNothingHere(together)) TogetherCount = -1;
    }

    private AtomicReader? segmentReader;

    /// <summary>Whether a phrase query cannot match in the current segment: one of its words is not in it.</summary>
    private bool MatchesNothingHere(Query query) =>
        query is PhraseQuery phrase && segmentReader is { } reader && phrase.GetTerms().Any(t => reader.DocFreq(t) == 0);

    /// <summary>The scorer, under <paramref name="scorer"/>, of the clause <paramref name="query"/> (the very instance), or null.</summary>
    private static Scorer? Find(Scorer scorer, Query query)
    {
        if (ReferenceEquals(scorer.Weight?.Query, query)) return scorer;
        foreach (var child in scorer.GetChildren())
            if (Find(child.Child, query) is { } found) return found;
        return null;
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        docBase = context.DocBase;
        var reader = context.AtomicReader;
        segmentReader = reader;
        var kinds = reader.GetSortedDocValues(SearchFields.Kind);
        var documents = reader.GetSortedDocValues(SearchFields.Document);
        var names = (facets ?? new SegmentFacets()).Of(reader, kinds, documents);
        segment = new Segment
        {
            Kinds = kinds, Documents = documents, Ordinals = reader.GetNumericDocValues(SearchFields.Ordinal),
            KindFilter = FilterOrdinal(kinds, kindFilter), DocumentFilter = FilterOrdinal(documents, documentFilter),
            KindCounts = new int[kinds.ValueCount], DocumentCounts = new int[documents.ValueCount], RankFactors = names.Factors(named),
            KindNames = names.Kinds, DocumentNames = names.Documents,
        };
    }

    public void Collect(int doc)
    {
        if (togetherScorer is not null)
        {
            // An optional clause is moved onto the unit when the unit is scored: scored first, it is on this unit
            // exactly when it matches it. Scoring a unit twice gives the same score.
            scorer.GetScore();
            if (togetherScorer.DocID == doc) TogetherCount++;
        }
        var kind = segment.Kinds.GetOrd(doc);
        var document = segment.Documents.GetOrd(doc);
        var kindPasses = segment.KindFilter == -1 || kind == segment.KindFilter;
        var documentPasses = segment.DocumentFilter == -1 || document == segment.DocumentFilter;
        if (documentPasses) segment.KindCounts[kind]++;
        if (kindPasses) segment.DocumentCounts[document]++;
        if (!kindPasses || !documentPasses) return;
        Total++;
        matched?.Set(docBase + doc);
        var score = scorer.GetScore() * segment.RankFactors[kind];
        var unit = -1;
        // An item whose editors' heading the query names (EditorsHeadings): a handful of units, looked up only where named.
        if (titled is not null && Array.IndexOf(titled, unit = (int)segment.Ordinals.Get(doc)) >= 0) score *= EditorsHeadings.Factor;
        if (keep == 0 || best.Count == keep && score < best.Peek().Score) return;
        var hit = (unit >= 0 ? unit : (int)segment.Ordinals.Get(doc), score);
        if (best.Count < keep) best.Enqueue(hit, hit);
        else if (Worse(hit, best.Peek()) > 0) best.EnqueueDequeue(hit, hit);
    }

    /// <summary>The kept hits, best first: the unit's ordinal and its score.</summary>
    public List<(int Unit, float Score)> Hits()
    {
        var list = best.UnorderedItems.Select(i => i.Element).ToList();
        list.Sort((a, b) => Worse(b, a));
        return list;
    }

    private static int FilterOrdinal(SortedDocValues values, string? filter) =>
        filter is null ? -1 : values.LookupTerm(new BytesRef(filter)) is var ord and >= 0 ? ord : -2;

    /// <summary>Adds the current segment's counts, by name, to the totals.</summary>
    private void Flush()
    {
        if (segment.KindCounts is null) return;
        Add(segment.KindNames, segment.KindCounts, kindCounts);
        Add(segment.DocumentNames, segment.DocumentCounts, documentCounts);
        segment = default;

        static void Add(string[] names, int[] counts, Dictionary<string, int> into)
        {
            for (var ord = 0; ord < counts.Length; ord++)
                if (counts[ord] > 0) into[names[ord]] = into.GetValueOrDefault(names[ord]) + counts[ord];
        }
    }
}

/// <summary>
/// Each segment's kind and document names by doc-values ordinal, and each kind's rank factor: read once per segment
/// of an index that never changes, not decoded from UTF-8 for every search.
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>
    /// One segment's names and factors: each kind's rank factor, and the same with the texts a query names first
    /// (<see cref="NamedTexts"/>): the others' scores scaled down by <see cref="NotNamed"/>, so that every result from
    /// the texts named outranks every other while each side keeps its own order — made once per segment, so that a
    /// query naming its texts costs a search nothing more.
    /// </summary>
    public sealed record Names(string[] Kinds, string[] Documents, float[] RankFactors)
    {
        private readonly float[] paperFirst = RankFactors.Select((f, k) => Kinds[k] == UnitKinds.Commentary ? f * NotNamed : f).ToArray();
        private readonly float[] commentariesFirst = RankFactors.Select((f, k) => Kinds[k] == UnitKinds.Commentary ? f : f * NotNamed).ToArray();

        public float[] Factors(TextsNamed named) => named switch
        {
            TextsNamed.Paper => paperFirst,
            TextsNamed.Commentaries => commentariesFirst,
            _ => RankFactors,
        };
    }

    /// <summary>
    /// A result from texts the query did not name scores this times its own: far below any score a match in the texts
    /// named can have (the weakest, a word found only in a record at ×0.5, scores above 0.01; the strongest about 100).
    /// </summary>
    internal const float NotNamed = 1e-6f;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, Names> segments = new();

    public Names Of(AtomicReader reader, SortedDocValues kinds, SortedDocValues documents) =>
        segments.GetOrAdd(reader.CoreCacheKey, _ =>
        {
            var kindNames = Read(kinds);
            return new Names(kindNames, Read(documents), kindNames.Select(UnitKinds.RankFactor).ToArray());
        });

    private static string[] Read(SortedDocValues values)
    {
        var names = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            names[ord] = scratch.Utf8ToString();
        }
        return names;
    }
}
