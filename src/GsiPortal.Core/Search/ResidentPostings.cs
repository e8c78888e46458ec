using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// An edition's index with every field's terms and postings read once into arrays, as Lucene's DirectPostingsFormat
/// keeps them (not served here). The profile of a search (docs/performance.md) found most of its time in the terms
/// dictionary and the postings decoder: each term of each clause walked the dictionary's FST to be weighed, and again
/// to be scored, and every scorer built a fresh decoder with its buffers — the better part of half a megabyte
/// allocated per search, and the garbage collector's pauses with it. Here a term is found by a binary search, and its
/// documents, frequencies and positions are read straight from arrays. Scores are unchanged: the statistics are the
/// index's own, and norms, doc values and everything else are the wrapped reader's.
/// </summary>
internal sealed class ResidentReader : FilterDirectoryReader
{
    /// <summary>
    /// Past this many postings (a term's occurrences, summed over every field) the index is searched as Lucene keeps
    /// it: the arrays cost about 8 bytes an occurrence, and a library a thousand times this one should not hold them.
    /// </summary>
    public const long MostPostings = 4_000_000;

    private ResidentReader(DirectoryReader input) : base(input, new Wrapper()) { }

    /// <summary>The reader to search: resident when the index is within <see cref="MostPostings"/>, else the reader itself.</summary>
    public static DirectoryReader Over(DirectoryReader reader) => Over(reader, MostPostings);

    internal static DirectoryReader Over(DirectoryReader reader, long mostPostings) =>
        reader.Leaves.Sum(l => Postings(l.AtomicReader)) <= mostPostings ? new ResidentReader(reader) : reader;

    private static long Postings(AtomicReader reader)
    {
        long total = 0;
        foreach (var field in reader.Fields)
            if (reader.Fields.GetTerms(field) is { } terms)
                total += terms.SumTotalTermFreq is var sum and > 0 ? sum : terms.SumDocFreq;
        return total;
    }

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new ResidentReader(input);

    private sealed class Wrapper : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new ResidentAtomicReader(reader);
    }
}

/// <summary>One segment with its fields' postings resident (<see cref="ResidentReader"/>).</summary>
internal sealed class ResidentAtomicReader : FilterAtomicReader
{
    private readonly ResidentFields fields;

    public ResidentAtomicReader(AtomicReader input) : base(input)
    {
        var read = new Dictionary<string, Terms>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
            if (input.Fields.GetTerms(field) is { } terms)
                // No field here has payloads or offsets; one that had would be read as Lucene keeps it.
                read[field] = terms.HasPayloads || terms.HasOffsets ? terms : ResidentTerms.Read(terms);
        fields = new ResidentFields(input.Fields, read);
    }

    public override Fields Fields => fields;

    // The same content as the wrapped reader: caches keyed by it may be shared.
    public override object CoreCacheKey => m_input.CoreCacheKey;

    public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;

    private sealed class ResidentFields(Fields input, Dictionary<string, Terms> terms) : FilterFields(input)
    {
        public override Terms? GetTerms(string field) => terms.GetValueOrDefault(field);
    }
}

/// <summary>
/// A field's terms in order, each with its statistics and its postings: the documents, each one's frequency and,
/// for a field indexed with positions, the positions, in flat arrays.
/// </summary>
internal sealed class ResidentTerms : Terms
{
    private readonly Terms input;
    internal readonly BytesRef[] Words;
    internal readonly int[] DocFreqs;
    internal readonly long[] TotalTermFreqs;
    /// <summary>Where each term's documents start in <see cref="Docs"/> (one more entry than terms).</summary>
    internal readonly int[] DocStarts;
    internal readonly int[] Docs;
    internal readonly int[] Freqs;
    /// <summary>Where each posting's positions start in <see cref="Positions"/> (one more entry than postings); null without positions.</summary>
    internal readonly int[]? PositionStarts;
    internal readonly int[]? Positions;

    private ResidentTerms(Terms input, BytesRef[] words, int[] docFreqs, long[] totalTermFreqs, int[] docStarts, int[] docs, int[] freqs, int[]? positionStarts, int[]? positions)
    {
        this.input = input;
        Words = words;
        DocFreqs = docFreqs;
        TotalTermFreqs = totalTermFreqs;
        DocStarts = docStarts;
        Docs = docs;
        Freqs = freqs;
        PositionStarts = positionStarts;
        Positions = positions;
    }

    public static ResidentTerms Read(Terms terms)
    {
        var words = new List<BytesRef>();
        var docFreqs = new List<int>();
        var totals = new List<long>();
        var docStarts = new List<int> { 0 };
        var docs = new List<int>();
        var freqs = new List<int>();
        var positionStarts = terms.HasPositions ? new List<int> { 0 } : null;
        var positions = terms.HasPositions ? new List<int>() : null;
        var e = terms.GetEnumerator();
        DocsEnum? docsEnum = null;
        DocsAndPositionsEnum? positionsEnum = null;
        while (e.MoveNext())
        {
            words.Add(BytesRef.DeepCopyOf(e.Term));
            docFreqs.Add(e.DocFreq);
            totals.Add(e.TotalTermFreq);
            if (positions is not null)
            {
                positionsEnum = e.DocsAndPositions(null, positionsEnum, DocsAndPositionsFlags.NONE);
                while (positionsEnum.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(positionsEnum.DocID);
                    freqs.Add(positionsEnum.Freq);
                    for (var p = 0; p < positionsEnum.Freq; p++) positions.Add(positionsEnum.NextPosition());
                    positionStarts!.Add(positions.Count);
                }
            }
            else
            {
                docsEnum = e.Docs(null, docsEnum, terms.HasFreqs ? DocsFlags.FREQS : DocsFlags.NONE);
                while (docsEnum.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(docsEnum.DocID);
                    // A field indexed without frequencies counts each document once, as Lucene's own postings do.
                    freqs.Add(terms.HasFreqs ? docsEnum.Freq : 1);
                }
            }
            docStarts.Add(docs.Count);
        }
        return new ResidentTerms(terms, [.. words], [.. docFreqs], [.. totals], [.. docStarts], [.. docs], [.. freqs], positionStarts?.ToArray(), positions?.ToArray());
    }

    public override TermsEnum GetEnumerator() => new ResidentTermsEnum(this);

    public override TermsEnum GetEnumerator(TermsEnum? reuse) => new ResidentTermsEnum(this);

    public override IComparer<BytesRef> Comparer => input.Comparer;

    public override long Count => Words.Length;

    public override long SumTotalTermFreq => input.SumTotalTermFreq;

    public override long SumDocFreq => input.SumDocFreq;

    public override int DocCount => input.DocCount;

    public override bool HasFreqs => input.HasFreqs;

    public override bool HasOffsets => input.HasOffsets;

    public override bool HasPositions => input.HasPositions;

    public override bool HasPayloads => input.HasPayloads;

    /// <summary>The index of a term, or the bitwise complement of where it would stand (as <see cref="Array.BinarySearch(Array, object)"/>).</summary>
    internal int Find(BytesRef term)
    {
        int low = 0, high = Words.Length - 1;
        var comparer = input.Comparer;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = comparer.Compare(Words[middle], term);
            if (order < 0) low = middle + 1;
            else if (order > 0) high = middle - 1;
            else return middle;
        }
        return ~low;
    }
}
