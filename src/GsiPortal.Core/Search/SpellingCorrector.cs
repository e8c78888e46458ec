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
    /// <summary>
    /// The nearest known word for a word the index lacks, or null. A word of five letters or fewer may differ by one
    /// edit only: two edits from "Tibet" is "times", a word, not what was meant. A word WordNet knows
    /// (<see cref="WordNetWords"/>) is corrected only to the texts' spelling of English or to a word the texts derive
    /// from the same base.
    /// </summary>
    public static string? Correct(IndexReader reader, string word)
    {
        var analysed = TextAnalysis.Tokens(PortalAnalyzer.Words, word, SearchFields.Spell);
        if (analysed.Count != 1 || analysed[0].Term.Length < 4 || analysed[0].Term.Any(char.IsDigit)) return null;
        var form = analysed[0].Term;
        if (reader.DocFreq(new Term(SearchFields.Spell, form)) > 0) return null;
        // The other spelling of English ("globalisation", "neighbours") is a spelling, not a misspelling: tried before
        // any fuzzy match, which took "globalisation" two edits away. Its endings are SpellingVariants', which
        // searches them beside the word in the first place; here only a form the texts write whole is offered.
        foreach (var variant in SpellingVariants.OtherSpellings(form))
            if (reader.DocFreq(new Term(SearchFields.Spell, variant)) > 0)
                return variant;
        // A word of English WordNet knows is typed as meant, however near a word of the texts: "robots" is not "roots"
        // (one edit), which answered "robots war" with Lei Kezhong ¶6 (a fresh-eyes review). The page says it is found
        // nowhere, and its WordNet relatives the texts write, if any, are searched instead. Only a word the texts
        // derive from the same base is offered for it ("robbers": "robbery", the texts' word for what robbers do).
        // Not a form of the word itself ("code": "codes"), which its stem finds already, nor a form of its base
        // ("meant": "means", both forms of "mean"): a right word put in another tense or number is no correction, and
        // "is the gsi meant to replace …" was said corrected to "means" (review 23, D8).
        if (!WordNetWords.Knows(form)) return Nearest(reader, form, form.Length <= 5 ? 1 : 2, _ => true);
        var bases = WordNetForms.Bases(form).Where(b => b.Length >= 4).ToList();
        var stem = TextAnalysis.Terms(form);
        var baseStems = bases.Select(b => TextAnalysis.Terms(b)).ToList();
        return Nearest(reader, form, form.Length <= 5 ? 1 : 2,
            candidate => bases.Any(b => candidate.StartsWith(b, StringComparison.Ordinal)) && TextAnalysis.Terms(candidate) is var stems
                && !stems.SequenceEqual(stem) && !baseStems.Any(b => stems.SequenceEqual(b)));
    }

    /// <summary>
    /// A name typed with a slip ("Khokar"): the nearest word one edit away that the records (authors, titles,
    /// venues, roles) hold. Nothing else is offered for a capitalised word: it may be a name the texts lack.
    /// </summary>
    public static string? CorrectName(IndexReader reader, string word)
    {
        var analysed = TextAnalysis.Tokens(PortalAnalyzer.Words, word, SearchFields.Spell);
        if (analysed.Count != 1 || analysed[0].Term.Length < 4 || reader.DocFreq(new Term(SearchFields.Spell, analysed[0].Term)) > 0) return null;
        return Nearest(reader, analysed[0].Term, 1, candidate => TextAnalysis.Terms(candidate) is [var stem] && reader.DocFreq(new Term(SearchFields.Record, stem)) > 0);
    }

    private static string? Nearest(IndexReader reader, string form, int maxEdits, Func<string, bool> acceptable)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return null;
        var attributes = new AttributeSource();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, new Term(SearchFields.Spell, form), maxEdits, 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        (string Word, float Boost, int Freq)? best = null;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == form || !acceptable(candidate)) continue;
            var freq = fuzzy.DocFreq;
            if (best is null || boost.Boost > best.Value.Boost || (boost.Boost == best.Value.Boost && freq > best.Value.Freq))
                best = (candidate, boost.Boost, freq);
        }
        return best?.Word;
    }

    /// <summary>Whether two words are at most <paramref name="edits"/> insertions, deletions or substitutions apart.</summary>
    public static bool WithinEdits(string a, string b, int edits)
    {
        if (Math.Abs(a.Length - b.Length) > edits) return false;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= edits;
    }
}
