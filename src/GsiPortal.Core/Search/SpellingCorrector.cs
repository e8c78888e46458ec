using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// "Did you mean": for a word the index does not hold, or holds far less often than a near spelling, the
/// nearest word of the index's own vocabulary (the unstemmed spell field), found with Lucene's FuzzyTermsEnum.
/// </summary>
public static class SpellingCorrector
{
    /// <summary>A known word is only replaced by a spelling this many times more frequent.</summary>
    private const int FrequencyRatio = 10;

    /// <summary>A word found in this many units is taken as spelled as meant, and no correction is looked for.</summary>
    private const int TrustedFrequency = 3;

    public static string? Correct(IndexReader reader, string word)
    {
        var analysed = TextAnalysis.Tokens(PortalAnalyzer.Words, word, SearchFields.Spell);
        if (analysed.Count != 1 || analysed[0].Term.Length < 4 || analysed[0].Term.Any(char.IsDigit)) return null;
        var term = new Term(SearchFields.Spell, analysed[0].Term);
        var own = reader.DocFreq(term);
        if (own >= TrustedFrequency) return null;
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return null;

        var attributes = new AttributeSource();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, term, 2f, 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        (string Word, float Boost, int Freq)? best = null;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == analysed[0].Term) continue;
            var freq = fuzzy.DocFreq;
            if (best is null || boost.Boost > best.Value.Boost || (boost.Boost == best.Value.Boost && freq > best.Value.Freq))
                best = (candidate, boost.Boost, freq);
        }
        if (best is not { } b) return null;
        var stemOfOwn = TextAnalysis.Terms(analysed[0].Term);
        if (own > 0 && (b.Freq < own * FrequencyRatio || TextAnalysis.Terms(b.Word).SequenceEqual(stemOfOwn))) return null;
        return b.Word;
    }
}
