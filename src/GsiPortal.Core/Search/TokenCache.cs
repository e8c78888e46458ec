namespace GsiPortal.Core.Search;

/// <summary>
/// The analysed tokens of each unit's text, kept after the first time a unit is shown as a hit, because
/// Lucene.Net's standard tokenizer costs about a microsecond a token — most of a snippet's cost. Bounded: past
/// <see cref="MaxTokens"/> tokens in all, further units are analysed each time instead of kept.
/// </summary>
internal sealed class TokenCache(int unitCount)
{
    public const int MaxTokens = 2_000_000;

    private readonly UnitTokens?[] tokens = new UnitTokens?[unitCount];
    private int kept;

    public UnitTokens Get(int unit, string text)
    {
        if (Volatile.Read(ref tokens[unit]) is { } known) return known;
        var analysed = new UnitTokens(TextAnalysis.Tokens(PortalAnalyzer.Stemming, text).ToArray());
        if (Interlocked.Add(ref kept, analysed.Tokens.Length) <= MaxTokens) Volatile.Write(ref tokens[unit], analysed);
        return analysed;
    }
}

/// <summary>
/// A text's analysed tokens, and where each term stands among them: a snippet looks up the few searched terms
/// rather than comparing every token of the text with them (a hash of every token's term for every hit shown).
/// </summary>
public sealed class UnitTokens
{
    private readonly Dictionary<string, int[]> byTerm;

    public UnitTokens(AnalyzedToken[] tokens)
    {
        Tokens = tokens;
        var places = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!places.TryGetValue(tokens[i].Term, out var list)) places[tokens[i].Term] = list = new List<int>(2);
            list.Add(i);
        }
        byTerm = new Dictionary<string, int[]>(places.Count, StringComparer.Ordinal);
        foreach (var (term, list) in places) byTerm[term] = [.. list];
    }

    /// <summary>The tokens in order.</summary>
    public AnalyzedToken[] Tokens { get; }

    /// <summary>The indexes, in order, of the tokens whose term is <paramref name="term"/>.</summary>
    public ReadOnlySpan<int> Of(string term) => byTerm.TryGetValue(term, out var at) ? at : [];
}
