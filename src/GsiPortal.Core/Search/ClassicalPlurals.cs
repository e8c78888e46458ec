using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// The Greek and Latin plurals Porter stemming does not join to their singular ("crises" stems to "crise", "crisis" to
/// "crisi"), read as the singular before stemming, at index and query time alike: "crisis" and "crises" found disjoint
/// passages, and "humanitarian crisis" found nothing (a fresh-eyes review, the seventeenth session). The list is
/// WordNet's (bench/search/classical-plurals.py into classical-plurals.tsv, embedded); it is part of the search
/// index's key (<see cref="Derived.IndexFiles"/>), since it decides the index's stems.
/// </summary>
public static class ClassicalPlurals
{
    private static readonly Lazy<(CharArrayDictionary<string> Singulars, string Identity)> Loaded = new(Load);

    /// <summary>What of the list the index's stems depend on (its text), for the derived index's key.</summary>
    public static string Identity => Loaded.Value.Identity;

    /// <summary>The singular of a classical plural ("crises" → "crisis"), or null.</summary>
    public static string? Singular(string word) => Loaded.Value.Singulars.TryGetValue(word, out var singular) ? singular : null;

    internal static CharArrayDictionary<string> Singulars => Loaded.Value.Singulars;

    private static (CharArrayDictionary<string>, string) Load()
    {
        var singulars = new CharArrayDictionary<string>(PortalAnalyzer.Version, 256, ignoreCase: false);
        using var stream = typeof(ClassicalPlurals).Assembly.GetManifestResourceStream("GsiPortal.Core.Search.classical-plurals.tsv")
            ?? throw new InvalidOperationException("classical-plurals.tsv is not embedded in the Core assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        foreach (var line in text.Split('\n'))
            if (!line.StartsWith('#') && line.Split('\t') is [var plural, var singular]) singulars[plural] = singular.TrimEnd('\r');
        return (singulars, text);
    }
}

/// <summary>Writes a classical plural as its singular (<see cref="ClassicalPlurals"/>), for the stemmer after it.</summary>
internal sealed class ClassicalPluralFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();
    private readonly CharArrayDictionary<string> singulars = ClassicalPlurals.Singulars;

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        // Every plural in the list ends in 's' or 'a': most words are passed over without a look-up.
        var length = term.Length;
        if (length > 3 && term.Buffer[length - 1] is ('s' or 'a') && singulars.TryGetValue(term.Buffer, 0, length, out var singular))
            term.SetEmpty().Append(singular);
        return true;
    }
}
