using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>Records which units a query matches, without scoring: a relaxed query's floor counts words per unit from these.</summary>
internal sealed class MatchCollector(FixedBitSet matches) : ICollector
{
    private int docBase;
    public bool AcceptsDocsOutOfOrder => true;
    public void SetScorer(Scorer scorer) { }
    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;
    public void Collect(int doc) => matches.Set(docBase + doc);
}

/// <summary>Passes on only the units in <paramref name="allowed"/>: the relaxed query's floor, applied before counting and ranking.</summary>
internal sealed class AllowedCollector(ICollector inner, FixedBitSet allowed) : ICollector
{
    private int docBase;
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (allowed.Get(docBase + doc)) inner.Collect(doc);
    }
}
