using System.Text.RegularExpressions;

namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// Every word of one content version's units, each embedded alone by the model (as a passage, with no query prefix),
/// and which units hold which: whether a word a passage lacks is near a word it holds, by WordNet
/// (<see cref="WordNetCovers"/>) or by the model (<see cref="Covers"/>). Built with the passage vectors, off the
/// request path (1,593 words in about 7 s on this machine), and never changed.
/// </summary>
internal sealed partial class MeaningWords
{
    /// <summary>
    /// A word a passage lacks is covered when at most this many words of the texts (itself aside) are nearer to it, by
    /// the model's cosine, than the passage's nearest word: the passage holds one of its three nearest. Measured on the tuning files (docs/search.md, the twelfth
    /// turn): at 2, "bombs" is covered by "nuclear" (priority 3), "earthquakes" and "floods" by "disasters"
    /// (priority 10), "narcotics"' "smuggling" by "drugs" (priority 19); at 3, "tourism" by priority 16's "countries"
    /// and "aircraft" by "carry" as well.
    /// </summary>
    internal const int MostNearer = 2;

    private readonly Dictionary<string, int> rows;
    private readonly float[][] vectors;
    // The rows of the words each unit holds, in order (searched by halves).
    private readonly int[][] held;
    private readonly WordNetNear wordNet;

    private MeaningWords(Dictionary<string, int> rows, float[][] vectors, int[][] held, WordNetNear wordNet) =>
        (this.rows, this.vectors, this.held, this.wordNet) = (rows, vectors, held, wordNet);

    /// <summary>The words of each unit's embedded text (<see cref="MeaningIndex.Passage"/>), lower case, embedded alone.</summary>
    public static MeaningWords Build(IReadOnlyList<string> passages, MeaningModel model)
    {
        var perUnit = passages.Select(p => WordsIn(p).ToHashSet(StringComparer.Ordinal)).ToList();
        var vocabulary = perUnit.SelectMany(w => w).Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToList();
        var rows = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        // WordNet's table is loaded here, with the vectors, so that no request ever reads it.
        return new(rows, model.Passages(vocabulary).ToArray(), perUnit.Select(w => w.Select(x => rows[x]).Order().ToArray()).ToArray(), WordNetNear.Table);
    }

    /// <summary>The vector of a word of the texts (lower case), or null for a word they do not write.</summary>
    public float[]? Of(string word) => rows.TryGetValue(word, out var row) ? vectors[row] : null;

    /// <summary>How many words are kept (for docs/performance.md).</summary>
    public int Count => vectors.Length;

    /// <summary>
    /// Whether at most <see cref="MostNearer"/> words of the texts (the word itself aside) are nearer to
    /// <paramref name="word"/>'s vector than the unit's nearest word. One dot product per word of the texts: asked only of the meaning path's nearest
    /// passage, for the few words of a query it lacks.
    /// </summary>
    public bool Covers(int unit, float[] word)
    {
        var cosines = new float[vectors.Length];
        for (var r = 0; r < vectors.Length; r++) cosines[r] = Vectors.Dot(vectors[r], word);
        var best = float.MinValue;
        foreach (var r in held[unit]) best = Math.Max(best, cosines[r]);
        var nearer = 0;
        foreach (var c in cosines)
            if (c > best && c < Itself && ++nearer > MostNearer) return false;
        return best > float.MinValue;
    }

    /// <summary>
    /// Whether WordNet puts near <paramref name="word"/> (lower case) a word the unit holds, or every part of a word of
    /// several ("armed forces"): a look-up or two, asked before <see cref="Covers"/>, which needs the word's vector.
    /// "meddling" is covered by commitment 2's "interference", "farm" by priority 18's "agriculture".
    /// </summary>
    public bool WordNetCovers(int unit, string word) =>
        wordNet.AnyNear(word, part => rows.TryGetValue(part, out var row) && Array.BinarySearch(held[unit], row) >= 0);

    // A word's cosine to itself, within rounding: not counted among its neighbours.
    private const float Itself = 0.9999f;

    /// <summary>A text's words of two letters or more, lower-cased, as the texts' vocabulary is made.</summary>
    internal static IEnumerable<string> WordsIn(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
