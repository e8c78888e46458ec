using Lucene.Net.Index;

namespace GsiPortal.Core.Search;

/// <summary>
/// How rare each searched word of one query is among the units: a snippet prefers the sentence with the rarer words,
/// and a word found in most units ("security") is too common to be marked on its own (see <see cref="TextMarker"/>).
/// Made once per query from the index's document frequencies.
/// </summary>
public sealed class TermRarity
{
    /// <summary>A word in more than this share of the units is common: marked only beside a rarer searched word or in a phrase.</summary>
    public const double CommonShare = 0.5;

    private readonly Dictionary<string, double> weights;

    private TermRarity(Dictionary<string, double> weights, IReadOnlySet<string> common)
    {
        this.weights = weights;
        Common = common;
    }

    /// <summary>The searched words found in more than <see cref="CommonShare"/> of the units.</summary>
    public IReadOnlySet<string> Common { get; }

    public static TermRarity Of(IndexReader reader, IEnumerable<string> terms) => Of(reader.NumDocs, terms, reader.DocFreq);

    /// <summary>The words' rarity among <paramref name="units"/> units, each word's count of units given by <paramref name="docFreq"/>.</summary>
    public static TermRarity Of(int units, IEnumerable<string> terms, Func<Term, int> docFreq) =>
        Of(units, terms, term => docFreq(new Term(SearchFields.Text, term)));

    /// <summary>The same, each word's count of units given by the word (<see cref="KnownTermsSearcher.TextDocFreq"/>).</summary>
    public static TermRarity Of(int units, IEnumerable<string> terms, Func<string, int> docFreq)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var df = docFreq(term);
            // BM25's idf, as the ranking weighs the word.
            weights[term] = Math.Log(1 + (units - df + 0.5) / (df + 0.5));
            if (df > CommonShare * units) common.Add(term);
        }
        return new TermRarity(weights, common);
    }

    /// <summary>Which of the query's words each term stands for (<see cref="ClauseTerms"/>); null where not told.</summary>
    private Dictionary<string, int>? words;

    /// <summary>
    /// The same rarity, told which of the query's words each term stands for (<paramref name="clauses"/>), so that a
    /// snippet counts a word's forms once (<see cref="Word"/>). Made once per page of results.
    /// </summary>
    public TermRarity For(IReadOnlyList<BuiltClause> clauses) => new(weights, Common) { words = ClauseTerms.Of(clauses) };

    /// <summary>The query's word a term stands for (its clause's index), or -1 where not told: "terrorist" and "terror" the same word for "terrorism".</summary>
    public int Word(string term) => words is not null && words.TryGetValue(term, out var k) ? k : -1;

    /// <summary>A searched word's rarity, BM25's idf as the ranking weighs it; 0 for a word not searched.</summary>
    public double Weight(string term) => weights.TryGetValue(term, out var w) ? w : 0;

    /// <summary>Each match's rarity: the mean weight of the searched words it holds (1 when it holds none).</summary>
    /// <remarks>The tokens as an array, the matches as a list: every token before the last match is read, and through an interface each read was a call.</remarks>
    public IReadOnlyList<double> Of(List<(int Start, int End)> matches, AnalyzedToken[] tokens)
    {
        var rarity = new double[matches.Count];
        var t = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            double sum = 0;
            var count = 0;
            while (t < tokens.Length && tokens[t].End <= matches[m].Start) t++;
            for (var i = t; i < tokens.Length && tokens[i].Start < matches[m].End; i++)
                if (weights.TryGetValue(tokens[i].Term, out var w)) { sum += w; count++; }
            rarity[m] = count == 0 ? 1 : sum * sum / (count * count);
        }
        return rarity;
    }
}
