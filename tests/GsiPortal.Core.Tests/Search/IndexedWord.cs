using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>A word as the index's text field holds it (stemmed): the term a test looks up in a reader.</summary>
public static class IndexedWord
{
    public static string Of(string word)
    {
        using var stream = IndexBuilder.Analyzer.GetTokenStream(SearchFields.Text, word);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var found = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return found;
    }
}
