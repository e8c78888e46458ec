using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// The words a text writes in capitals ("UN", "US", "AI", "WHO"), kept as written and nothing else: the field an
/// abbreviation typed in capitals searches, so that "US" finds the United States and never "us" or "uses".
/// </summary>
public sealed class CapitalsAnalyzer : Analyzer
{
    public static CapitalsAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PortalAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new CapitalsOnly(tokenizer));
    }

    /// <summary>Two or more capitals (digits allowed) and no lower-case letter.</summary>
    public static bool IsCapitals(string word)
    {
        if (word.Length < 2) return false;
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) capitals++;
        }
        return capitals >= 2;
    }

    private sealed class CapitalsOnly(TokenStream input) : FilteringTokenFilter(PortalAnalyzer.Version, input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        protected override bool Accept() => IsCapitals(term.ToString());
    }
}
