namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// The passage vectors of one content version's search units, in the units' order. Built off the request path
/// (<see cref="MeaningSearch"/> starts it in the background) and never changed.
/// </summary>
public sealed class MeaningIndex
{
    private readonly IReadOnlyList<float[]> vectors;

    private MeaningIndex(IReadOnlyList<SearchUnit> units, IReadOnlyList<float[]> vectors)
    {
        Units = units;
        this.vectors = vectors;
    }

    public IReadOnlyList<SearchUnit> Units { get; }

    /// <summary>Embeds each unit as its title and text (the bench measured that form), through the process's model.</summary>
    public static MeaningIndex Build(IReadOnlyList<SearchUnit> units, MeaningModel model) =>
        new(units, model.Passages(units.Select(Passage).ToList()));

    /// <summary>The text a unit is embedded as.</summary>
    public static string Passage(SearchUnit unit) => $"{unit.Title}. {unit.Text}";

    /// <summary>Every unit's cosine similarity to the query's vector, best first.</summary>
    public IReadOnlyList<(int Unit, float Score)> Nearest(float[] query)
    {
        var scores = new (int Unit, float Score)[vectors.Count];
        for (var u = 0; u < vectors.Count; u++)
        {
            var v = vectors[u];
            var dot = 0f;
            for (var i = 0; i < v.Length; i++) dot += v[i] * query[i];
            scores[u] = (u, dot);
        }
        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        return scores;
    }
}
