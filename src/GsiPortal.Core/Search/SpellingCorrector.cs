using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// "Did you mean": for a word the index does not hold, the nearest word of the index's own vocabulary (the
/// unstemmed spell field), found with Lucene's FuzzyTermsEnum. A word the texts hold, however rare, is taken as
/// spelled as meant: rewriting rare words into common ones made right queries wrong.
/// </summary>
public static class SpellingCorrector
{
    public static string? Correct(IndexReader reader, string word)
    {
        var analysed = TextAnalysis.Tokens(PortalAnalyzer.Words, word, SearchFields.Spell);
        if (analysed.Count != 1 || analysed[0].Term.Length < 4 || analysed[0].Term.Any(char.IsDigit)) return null;
        var term = new Term(SearchFields.Spell, analysed[0].Term);
        if (reader.DocFreq(term) > 0) return null;
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
        return best?.Word;
    }
}
