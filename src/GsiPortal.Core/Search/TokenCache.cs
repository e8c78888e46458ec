namespace GsiPortal.Core.Search;

/// <summary>
/// The analysed tokens of each unit's text, kept after the first time a unit is shown as a hit, because
/// Lucene.Net's standard tokenizer costs about a microsecond a token — most of a snippet's cost. Bounded: past
/// <see cref="MaxTokens"/> tokens in all, further units are analysed each time instead of kept.
/// </summary>
internal sealed class TokenCache(int unitCount)
{
    public const int MaxTokens = 2_000_000;

    private readonly AnalyzedToken[]?[] tokens = new AnalyzedToken[]?[unitCount];
    private int kept;

    public IReadOnlyList<AnalyzedToken> Get(int unit, string text)
    {
        if (Volatile.Read(ref tokens[unit]) is { } known) return known;
        var analysed = TextAnalysis.Tokens(PortalAnalyzer.Stemming, text).ToArray();
        if (Interlocked.Add(ref kept, analysed.Length) <= MaxTokens) Volatile.Write(ref tokens[unit], analysed);
        return analysed;
    }
}
