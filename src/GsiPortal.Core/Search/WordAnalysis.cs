namespace GsiPortal.Core.Search;

/// <summary>
/// A typed word's analysis, kept by word for the process (bounded): the analyzers never change, words recur across
/// queries far more than queries do, and a token stream per word was a tenth of a search in the profile.
/// </summary>
internal static class WordAnalysis
{
    public const int MaxCachedWords = 20_000;

    private static readonly BoundedCache<string, string[]> Phrases = new(MaxCachedWords, StringComparer.Ordinal);
    private static readonly BoundedCache<string, string[]> Forms = new(MaxCachedWords, StringComparer.Ordinal);

    /// <summary>As <see cref="TextAnalysis.PhraseTerms"/>; a copy, so no caller can change the kept one.</summary>
    public static string[] PhraseTerms(string text) => (string[])Phrases.Get(text, TextAnalysis.PhraseTerms).Clone();

    /// <summary>As <see cref="PhraseTerms"/>, the kept array itself, for a caller that only reads it.</summary>
    public static IReadOnlyList<string> PhraseTermsRead(string text) => Phrases.Get(text, TextAnalysis.PhraseTerms);

    /// <summary>The word's unstemmed forms, as the spell field indexes them.</summary>
    public static IReadOnlyList<string> WrittenForms(string text) =>
        Forms.Get(text, t => TextAnalysis.Tokens(PortalAnalyzer.Words, t).Select(f => f.Term).ToArray());
}
