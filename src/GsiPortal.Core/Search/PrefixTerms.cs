using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// What a trailing wildcard ("cooperat*") stands for: the words of the texts that begin with its letters as the texts
/// write them (the unstemmed <see cref="SearchFields.Spell"/> vocabulary), each searched by its stem as a typed word is.
/// A stem that has lost some of the typed letters ("cooperation" → "cooper") is searched only where a unit writes one
/// of the words, so that "developm*" finds "development" but not "developing", which shares its stem "develop".
/// </summary>
/// <param name="Stems">The stems whose every word begins with the letters: searched as any word is.</param>
/// <param name="Narrowed">Stems shorter than the letters, each with the words of the texts it stands for here.</param>
/// <param name="Words">How many different words of the texts begin with the letters.</param>
/// <param name="Searched">How many of them are searched: the most frequent, at most <see cref="SearchLimits.MaxWildcardTerms"/>.</param>
internal sealed record PrefixTerms(IReadOnlyList<string> Stems, IReadOnlyList<(string Stem, string[] Words)> Narrowed, int Words, int Searched)
{
    public static readonly PrefixTerms None = new([], [], 0, 0);

    /// <summary>Every stem searched, narrowed or not: the terms the wildcard marks.</summary>
    public IEnumerable<string> AllStems => Stems.Concat(Narrowed.Select(n => n.Stem));

    /// <summary>The letters as the spell field folds them ("communit"): a word is marked only where it begins with them as written.</summary>
    public string Letters { get; init; } = "";

    /// <summary>Whether more words begin with the letters than a wildcard searches.</summary>
    public bool Cut => Searched < Words;

    /// <summary>Whether any word of the texts begins with <paramref name="prefix"/> (folded as the spell field is).</summary>
    public static bool BeginsAny(IndexReader reader, string prefix)
    {
        var folded = Folded(prefix);
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return false;
        var e = terms.GetEnumerator();
        return e.SeekCeil(new BytesRef(folded)) != TermsEnum.SeekStatus.END && e.Term.Utf8ToString().StartsWith(folded, StringComparison.Ordinal);
    }

    private static string Folded(string prefix) =>
        TextAnalysis.Tokens(PortalAnalyzer.Words, prefix, SearchFields.Spell) is [var token] ? token.Term : prefix.ToLowerInvariant();

    /// <summary>
    /// The words of the texts beginning with <paramref name="prefix"/> (folded as the spell field is), the most frequent
    /// <see cref="SearchLimits.MaxWildcardTerms"/> of them, grouped by stem.
    /// </summary>
    public static PrefixTerms Of(IndexReader reader, string prefix)
    {
        var folded = Folded(prefix);
        var words = new List<(string Word, int Freq)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return None;
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef(folded)) == TermsEnum.SeekStatus.END) return None;
        do
        {
            var word = e.Term.Utf8ToString();
            if (!word.StartsWith(folded, StringComparison.Ordinal)) break;
            words.Add((word, e.DocFreq));
        }
        while (e.MoveNext());
        var searched = words.OrderByDescending(w => w.Freq).ThenBy(w => w.Word, StringComparer.Ordinal).Take(SearchLimits.MaxWildcardTerms).ToList();
        var stems = new List<string>();
        var narrowed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, _) in searched)
        {
            // A stop word ("some*" → "some") analyses to nothing: the text field does not hold it.
            if (TextAnalysis.Terms(word) is not [var stem]) continue;
            if (stem.StartsWith(folded, StringComparison.Ordinal)) { if (!stems.Contains(stem)) stems.Add(stem); }
            else if (narrowed.TryGetValue(stem, out var written)) written.Add(word);
            else narrowed[stem] = [word];
        }
        // A stem both kept whole (from a word that keeps the letters) and narrowed is searched whole: it matches the same words and more.
        var narrow = narrowed.Where(n => !stems.Contains(n.Key)).Select(n => (n.Key, n.Value.ToArray())).ToList();
        return new PrefixTerms(stems, narrow, words.Count, searched.Count) { Letters = folded };
    }
}
