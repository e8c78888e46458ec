namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// The passage vectors of one content version's search units, in the units' order: each unit's own (its title and
/// text), each of its sentences', and each of the readers' questions the editors wrote for it
/// (<see cref="SearchUnit.Questions"/>). Built off the request path (<see cref="MeaningSearch"/> starts it in the
/// background) and never changed.
/// </summary>
public sealed class MeaningIndex
{
    private readonly IReadOnlyList<float[]> vectors;
    private readonly IReadOnlyList<float[]> sentenceVectors;
    // The sentences of unit u are sentenceVectors[sentenceStarts[u] .. sentenceStarts[u + 1]).
    private readonly int[] sentenceStarts;
    // Where each sentence starts in its unit's text, parallel to sentenceVectors.
    private readonly int[] sentenceOffsets;

    // The readers' questions of unit u are questionVectors[questionStarts[u] .. questionStarts[u + 1]).
    private readonly IReadOnlyList<float[]> questionVectors;
    private readonly int[] questionStarts;

    private readonly MeaningWords words;

    private MeaningIndex(IReadOnlyList<SearchUnit> units, IReadOnlyList<float[]> vectors, IReadOnlyList<float[]> sentenceVectors, int[] sentenceStarts, int[] sentenceOffsets, MeaningWords words,
        IReadOnlyList<float[]> questionVectors, int[] questionStarts)
    {
        Units = units;
        this.questionVectors = questionVectors;
        this.questionStarts = questionStarts;
        this.words = words;
        this.vectors = vectors;
        this.sentenceVectors = sentenceVectors;
        this.sentenceStarts = sentenceStarts;
        this.sentenceOffsets = sentenceOffsets;
    }

    public IReadOnlyList<SearchUnit> Units { get; }

    /// <summary>How many sentence vectors are kept (for the cost stated in docs/performance.md).</summary>
    public int SentenceCount => sentenceVectors.Count;

    /// <summary>How many question vectors are kept (the readers' questions; for docs/performance.md).</summary>
    public int QuestionCount => questionVectors.Count;

    /// <summary>The words of the texts, each embedded alone (the twelfth turn).</summary>
    internal MeaningWords Words => words;

    /// <summary>
    /// Embeds each unit as its title and text, each of its sentences alone, each word of the texts alone
    /// (<see cref="MeaningWords"/>), and each of the unit's readers' questions alone, as a passage (no query prefix: on
    /// the tuning files the questions embedded so told a right nearest unit from a no-answer query's more often than
    /// with the prefix, docs/search.md, the eighteenth turn), through the process's model.
    /// </summary>
    public static MeaningIndex Build(IReadOnlyList<SearchUnit> units, MeaningModel model)
    {
        var sentences = units.Select(u => Sentences(u).ToList()).ToList();
        var starts = new int[units.Count + 1];
        var offsets = new List<int>();
        for (var u = 0; u < units.Count; u++)
        {
            starts[u + 1] = starts[u] + sentences[u].Count;
            var at = 0;
            foreach (var sentence in sentences[u])
            {
                var found = units[u].Text.IndexOf(sentence, at, StringComparison.Ordinal);
                offsets.Add(found < 0 ? at : found);
                at = found < 0 ? at : found + sentence.Length;
            }
        }
        var questionStarts = new int[units.Count + 1];
        for (var u = 0; u < units.Count; u++) questionStarts[u + 1] = questionStarts[u] + units[u].Questions.Count;
        return new(units, model.Passages(units.Select(Passage).ToList()), model.Passages(sentences.SelectMany(s => s).ToList()), starts, offsets.ToArray(),
            MeaningWords.Build(units.Select(Passage).ToList(), model), model.Passages(units.SelectMany(u => u.Questions).ToList()), questionStarts);
    }

    /// <summary>The text a unit is embedded as.</summary>
    public static string Passage(SearchUnit unit) => $"{unit.Title}. {unit.Text}";

    /// <summary>A unit's sentences, paragraph by paragraph, as the site splits them.</summary>
    public static IEnumerable<string> Sentences(SearchUnit unit) =>
        unit.Text.Split(SearchUnits.ParagraphSeparator).SelectMany(GsiPortal.Core.Content.SentenceSplitter.Split).Where(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>
    /// Every unit's score for the query's vector, best first: <see cref="MeaningRule.SentenceWeight"/> of its best
    /// sentence's cosine and the rest of the unit's own. A question usually asks about one sentence of a long
    /// paragraph, whose own vector it dilutes (docs/search.md, "Found by meaning", the fourth turn). Each also carries
    /// its best sentence's cosine alone (<c>Sentence</c>), by which <see cref="MeaningRule"/> judges whether the
    /// nearest passage stands out where the words found nothing (the sixth turn).
    /// </summary>
    public IReadOnlyList<(int Unit, float Score, float Sentence)> Nearest(float[] query)
    {
        var scores = new (int Unit, float Score, float Sentence)[vectors.Count];
        for (var u = 0; u < vectors.Count; u++)
        {
            var best = float.MinValue;
            for (var s = sentenceStarts[u]; s < sentenceStarts[u + 1]; s++) best = Math.Max(best, Vectors.Dot(sentenceVectors[s], query));
            var own = Vectors.Dot(vectors[u], query);
            scores[u] = best == float.MinValue ? (u, own, own) : (u, (1 - MeaningRule.SentenceWeight) * own + MeaningRule.SentenceWeight * best, best);
        }
        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        return scores;
    }

    /// <summary>Where the unit's sentence nearest the query starts in its text (0 for a unit without sentences).</summary>
    public int NearestSentence(int unit, float[] query)
    {
        var (at, best) = (0, float.MinValue);
        for (var s = sentenceStarts[unit]; s < sentenceStarts[unit + 1]; s++)
            if (Vectors.Dot(sentenceVectors[s], query) is var d && d > best) (at, best) = (sentenceOffsets[s], d);
        return at;
    }

    /// <summary>
    /// The unit whose readers' question is nearest the query's vector, among the units <paramref name="allowed"/>
    /// lets in, with that question's cosine and its place in the unit's <see cref="SearchUnit.Questions"/>; null
    /// without questions. One dot product per question, each a short text.
    /// </summary>
    public (int Unit, float Cosine, int Question)? NearestQuestion(float[] query, Func<int, bool> allowed)
    {
        (int Unit, float Cosine, int Question)? best = null;
        for (var u = 0; u < Units.Count; u++)
        {
            if (questionStarts[u] == questionStarts[u + 1] || !allowed(u)) continue;
            for (var q = questionStarts[u]; q < questionStarts[u + 1]; q++)
                if (Vectors.Dot(questionVectors[q], query) is var d && (best is null || d > best.Value.Cosine)) best = (u, d, q - questionStarts[u]);
        }
        return best;
    }
}
