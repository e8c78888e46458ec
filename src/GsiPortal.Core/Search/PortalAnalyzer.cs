using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// English analysis: standard tokens, possessives dropped ("China's" → "china"), lower case, accents folded, an
/// apostrophe inside a word dropped ("Bo'ao" → "boao"), and, when <paramref name="stem"/> is set, the site's stop
/// words removed, classical plurals read as their singular ("crises" → "crisis": <see cref="ClassicalPlurals"/>) and
/// Porter stemming ("sanctions" → "sanction").
/// The unstemmed form feeds spelling corrections and suggestions, which must offer real words.
/// </summary>
public sealed class PortalAnalyzer(bool stem) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>For the text and title fields and for queries.</summary>
    public static PortalAnalyzer Stemming { get; } = new(stem: true);

    /// <summary>For the spell field: words as written, only folded.</summary>
    public static PortalAnalyzer Words { get; } = new(stem: false);

    /// <summary>The site's one stop-word list, in the form Lucene's filter reads.</summary>
    private static readonly CharArraySet StopSet = new(Version, Text.StopWords.Set.ToList(), ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new DigitGroupFilter(stream);
        stream = new ApostropheJoinFilter(stream);
        if (stem)
        {
            stream = new StopFilter(Version, stream, StopSet);
            stream = new ClassicalPluralFilter(stream);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
