using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// Collects every match of a query in one pass: counts per kind (within the document filter) and per document
/// (within the kind filter), as multi-select facets do, and keeps the best hits that pass both filters,
/// each score multiplied by its kind's rank factor.
/// </summary>
internal sealed class FacetingCollector(string? kindFilter, string? documentFilter, int keep) : ICollector
{
    private readonly PriorityQueue<(int Unit, int Doc, float Score), float> best = new();
    private SortedDocValues kinds = null!;
    private SortedDocValues documents = null!;
    private NumericDocValues ordinals = null!;
    private Scorer scorer = null!;
    private int docBase;

    public Dictionary<string, int> KindCounts { get; } = [];
    public Dictionary<string, int> DocumentCounts { get; } = [];
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        kinds = context.AtomicReader.GetSortedDocValues(SearchFields.Kind);
        documents = context.AtomicReader.GetSortedDocValues(SearchFields.Document);
        ordinals = context.AtomicReader.GetNumericDocValues(SearchFields.Ordinal);
    }

    public void Collect(int doc)
    {
        var kind = Value(kinds, doc);
        var document = Value(documents, doc);
        var kindPasses = kindFilter is null || kind == kindFilter;
        var documentPasses = documentFilter is null || document == documentFilter;
        if (documentPasses) KindCounts[kind] = KindCounts.GetValueOrDefault(kind) + 1;
        if (kindPasses) DocumentCounts[document] = DocumentCounts.GetValueOrDefault(document) + 1;
        if (!kindPasses || !documentPasses) return;
        Total++;
        var score = scorer.GetScore() * UnitKinds.RankFactor(kind);
        var unit = (int)ordinals.Get(doc);
        if (best.Count < keep) best.Enqueue((unit, docBase + doc, score), score);
        else if (keep > 0 && score > best.Peek().Score) best.EnqueueDequeue((unit, docBase + doc, score), score);
    }

    /// <summary>The kept hits, best first: the unit's ordinal, the Lucene doc id and the score.</summary>
    public List<(int Unit, int Doc, float Score)> Hits()
    {
        var list = best.UnorderedItems.Select(i => i.Element).ToList();
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Unit.CompareTo(b.Unit));
        return list;
    }

    private readonly Lucene.Net.Util.BytesRef scratch = new();

    private string Value(SortedDocValues values, int doc)
    {
        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }
}
