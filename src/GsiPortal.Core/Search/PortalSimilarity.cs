using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75), scoring exactly as Lucene's <see cref="BM25Similarity"/> — the same norms at index
/// time, the same idf, length table and arithmetic in the same order, so every score is the same float — without the
/// two costs Lucene's pays for every term of every query weighed: a table of 256 length factors computed afresh
/// (a kilobyte and 256 divisions; it depends only on the field's average length, so it is kept per average here),
/// and an explanation of the idf formatted as text ("idf(docFreq=…, maxDocs=…)"), which no search reads.
/// </summary>
public sealed class PortalSimilarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    /// <summary>Lucene's own, for what is computed once per document at index time (the length norm) and its decoding.</summary>
    private static readonly LengthNorms Lucene = new();

    /// <summary>The length factors by average field length: a few per index (one per field), a few indexes per process.</summary>
    private readonly ConcurrentDictionary<float, float[]> tables = new();
    private const int MostTables = 1_024;

    public override long ComputeNorm(FieldInvertState state) => Lucene.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var max = collectionStats.MaxDoc;
        // A phrase weighs the sum of its terms' idf, summed as floats in order, as Lucene's IdfExplain does.
        float idf;
        if (termStats.Length == 1) idf = Idf(termStats[0].DocFreq, max);
        else
        {
            idf = 0f;
            foreach (var stat in termStats) idf += Idf(stat.DocFreq, max);
        }
        var averageLength = AverageLength(collectionStats);
        return new Stats(collectionStats.Field, idf, queryBoost, averageLength, LengthFactors(averageLength));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        return new DocScorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => $"BM25(k1={K1},b={B})";

    private static float Idf(long docFreq, long numDocs) => (float)Math.Log(1 + (numDocs - docFreq + 0.5D) / (docFreq + 0.5D));

    private static float AverageLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        return sum <= 0 ? 1f : (float)(sum / (double)collectionStats.MaxDoc);
    }

    /// <summary>k1 · (1 − b + b · length / average length) for each of the 256 encoded lengths.</summary>
    private float[] LengthFactors(float averageLength)
    {
        if (tables.TryGetValue(averageLength, out var known)) return known;
        var table = new float[256];
        for (var i = 0; i < table.Length; i++) table[i] = K1 * ((1 - B) + B * Lucene.Decode((byte)i) / averageLength);
        if (tables.Count < MostTables) tables.TryAdd(averageLength, table);
        return table;
    }

    /// <summary>One query term's (or phrase's) weight: its idf and boosts. The table is shared: read, never written.</summary>
    private sealed class Stats(string fieldName, float idf, float queryBoost, float averageLength, float[] lengthFactors) : SimWeight
    {
        public string Field => fieldName;
        public float Idf => idf;
        public float QueryBoost => queryBoost;
        public float AverageLength => averageLength;
        public float[] LengthFactors => lengthFactors;
        public float TopLevelBoost { get; private set; }
        public float Weight { get; private set; }

        // As Lucene's BM25: a TF-IDF-like value for the query norm (which BM25 then ignores), and the top-level boost kept.
        public override float GetValueForNormalization()
        {
            var queryWeight = idf * queryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            TopLevelBoost = topLevelBoost;
            Weight = idf * queryBoost * topLevelBoost;
        }
    }

    private sealed class DocScorer(Stats stats, NumericDocValues? norms) : SimScorer
    {
        private readonly float weightValue = stats.Weight * (K1 + 1);

        public override float Score(int doc, float freq)
        {
            // Without norms, as if b were 0.
            var norm = norms is null ? K1 : stats.LengthFactors[(sbyte)norms.Get(doc) & 0xFF];
            return weightValue * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation { Description = $"score(doc={doc},freq={freq}), product of:" };
            var boost = stats.QueryBoost * stats.TopLevelBoost;
            if (boost != 1.0f) result.AddDetail(new Explanation(boost, "boost"));
            result.AddDetail(new Explanation(stats.Idf, "idf"));
            var length = norms is null ? 0f : Lucene.Decode((byte)norms.Get(doc));
            var tfNorm = norms is null
                ? freq.Value * (K1 + 1) / (freq.Value + K1)
                : freq.Value * (K1 + 1) / (freq.Value + K1 * (1 - B + B * length / stats.AverageLength));
            result.AddDetail(new Explanation(tfNorm, $"tfNorm, from freq {freq.Value}, field length {length}, average {stats.AverageLength}"));
            result.Value = boost * stats.Idf * tfNorm;
            return result;
        }
    }

    /// <summary>Lucene's BM25 for its length norm, encoded at index time and decoded to build the table.</summary>
    private sealed class LengthNorms : BM25Similarity
    {
        public float Decode(byte b) => DecodeNormValue(b);
    }
}
