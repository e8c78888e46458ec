using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GsiPortal.Core.Search;

/// <summary>A token of analysed text with the character offsets of the words it came from.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);

/// <summary>Runs an analyzer over a string.</summary>
public static class TextAnalysis
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text, string field = SearchFields.Text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }

    public static List<string> Terms(string text) => Tokens(PortalAnalyzer.Stemming, text).Select(t => t.Term).ToList();

    /// <summary>
    /// The terms of a phrase in position order, with an empty string where a stop word left a gap, so that
    /// "a nuclear war cannot be won" still matches the text it was typed from.
    /// </summary>
    public static string[] PhraseTerms(string text)
    {
        var tokens = Tokens(PortalAnalyzer.Stemming, text);
        if (tokens.Count == 0) return [];
        var first = tokens[0].Position;
        var terms = new string[tokens[^1].Position - first + 1];
        Array.Fill(terms, "");
        foreach (var t in tokens) terms[t.Position - first] = t.Term;
        return terms;
    }
}
