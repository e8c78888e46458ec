namespace GsiPortal.Core.Subjects;

/// <summary>
/// The editors' subject index (content/subject-index.yml): for each search unit, the terms an indexer would look it up
/// by — a back-of-book index, written from the texts alone ("vaccines" for the priority on global public health).
/// The terms are the editors' words, never the texts': search finds a unit by them at a weight below its own words and
/// says so ("Indexed under: vaccines"), and nothing marks them in a text. Read and checked with the content
/// (<see cref="SubjectIndexReader"/>); part of the cache version, not of the edition, as the search terms are.
/// </summary>
public sealed class SubjectIndex
{
    public const string FileName = "subject-index.yml";

    public static SubjectIndex Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> byUnit;

    /// <param name="byUnit">Each unit's id ("paper/priority-17", "lei-kezhong/p12") and its terms, as the editors wrote them.</param>
    public SubjectIndex(IReadOnlyDictionary<string, IReadOnlyList<string>> byUnit) => this.byUnit = byUnit;

    /// <summary>The terms a unit is indexed under, in the editors' order; empty for a unit the index does not list.</summary>
    public IReadOnlyList<string> Of(string unitId) => byUnit.TryGetValue(unitId, out var terms) ? terms : [];

    /// <summary>Every unit listed, with its terms.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByUnit => byUnit;

    /// <summary>How many terms in all (a term under two units counted twice).</summary>
    public int TermCount => byUnit.Values.Sum(t => t.Count);
}
