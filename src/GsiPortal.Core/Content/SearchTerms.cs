namespace GsiPortal.Core.Content;

/// <summary>
/// The curated words search knows beyond the texts (content/search-terms.yml): abbreviations and their long forms,
/// derived forms stemming does not join, and readers' paraphrases mapped to the texts' own words. Words, not code:
/// an editor keeps them, and they change with the content version.
/// </summary>
public sealed record SearchTerms(
    IReadOnlyDictionary<string, string> Abbreviations,
    IReadOnlyList<IReadOnlyList<string>> Derivations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Paraphrases)
{
    /// <summary>
    /// Words of general English ("hit", "help", "section"), which name no subject on their own: a relaxed search
    /// weighs them no more than a common word, and the corrector leaves them alone. Lower case.
    /// </summary>
    public IReadOnlyList<string> General { get; init; } = [];

    /// <summary>Nouns of general English ("food", "section"): real words, which the corrector leaves alone. Lower case.</summary>
    public IReadOnlyList<string> Nouns { get; init; } = [];

    public const string FileName = "search-terms.yml";

    public static SearchTerms Empty { get; } = new(new Dictionary<string, string>(), [], new Dictionary<string, IReadOnlyList<string>>());
}
