using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>Walks and seeks a field's resident terms (<see cref="ResidentTerms"/>) by their index in the sorted array.</summary>
internal sealed class ResidentTermsEnum(ResidentTerms terms) : TermsEnum
{
    private int at = -1;

    public override IComparer<BytesRef> Comparer => terms.Comparer;

    public override BytesRef Term => terms.Words[at];

    public override long Ord => at;

    public override int DocFreq => terms.DocFreqs[at];

    public override long TotalTermFreq => terms.TotalTermFreqs[at];

    public override bool MoveNext()
    {
        if (at + 1 >= terms.Words.Length)
        {
            at = terms.Words.Length;
            return false;
        }
        at++;
        return true;
    }

    [Obsolete("Use MoveNext() and Term instead.")]
    public override BytesRef? Next() => MoveNext() ? Term : null;

    public override SeekStatus SeekCeil(BytesRef text)
    {
        var found = terms.Find(text);
        if (found >= 0)
        {
            at = found;
            return SeekStatus.FOUND;
        }
        at = ~found;
        return at >= terms.Words.Length ? SeekStatus.END : SeekStatus.NOT_FOUND;
    }

    public override bool SeekExact(BytesRef text)
    {
        var found = terms.Find(text);
        if (found < 0) return false;
        at = found;
        return true;
    }

    public override void SeekExact(long ord) => at = (int)ord;

    /// <summary>A term's state is its place in the array: a scorer handed it seeks nothing.</summary>
    public override TermState GetTermState() => new OrdTermState { Ord = at };

    public override void SeekExact(BytesRef term, TermState state) => at = (int)((OrdTermState)state).Ord;

    public override DocsEnum Docs(IBits? liveDocs, DocsEnum? reuse, DocsFlags flags) => new ResidentDocsEnum(terms, at, liveDocs);

    public override DocsAndPositionsEnum? DocsAndPositions(IBits? liveDocs, DocsAndPositionsEnum? reuse, DocsAndPositionsFlags flags) =>
        terms.Positions is null ? null : new ResidentDocsEnum(terms, at, liveDocs);
}

/// <summary>
/// One term's documents, frequencies and positions, read from the resident arrays. Offsets and payloads are not
/// indexed in these fields: -1 and null, as Lucene answers for such a field.
/// </summary>
internal sealed class ResidentDocsEnum : DocsAndPositionsEnum
{
    private readonly ResidentTerms terms;
    private readonly IBits? liveDocs;
    private readonly int first, end;
    private int at, position;

    public ResidentDocsEnum(ResidentTerms terms, int term, IBits? liveDocs)
    {
        this.terms = terms;
        this.liveDocs = liveDocs;
        first = terms.DocStarts[term];
        end = terms.DocStarts[term + 1];
        at = first - 1;
    }

    public override int DocID => at < first ? -1 : at >= end ? NO_MORE_DOCS : terms.Docs[at];

    public override int Freq => terms.Freqs[at];

    public override int NextDoc()
    {
        do at++;
        while (at < end && liveDocs is not null && !liveDocs.Get(terms.Docs[at]));
        position = 0;
        return DocID;
    }

    public override int Advance(int target)
    {
        int doc;
        while ((doc = NextDoc()) < target) { }
        return doc;
    }

    public override int NextPosition() => terms.Positions![terms.PositionStarts![at] + position++];

    public override int StartOffset => -1;

    public override int EndOffset => -1;

    public override BytesRef? GetPayload() => null;

    public override long GetCost() => end - first;
}
