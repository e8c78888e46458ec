using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// What one index makes of a typed word beyond its stem: the WordNet relatives it holds of a word the texts never
/// write, and the word as written when stemming would join it to a much broader family. Each decided once per word
/// and index, in bounded caches keyed by the word: words recur across queries far more than queries do.
/// </summary>
internal sealed class IndexedWordForms
{
    private const int MaxCachedWords = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(string Text, string Term)>> related = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Query?> overStemmed = new(StringComparer.Ordinal);

    /// <summary>
    /// The WordNet relatives the texts hold (<see cref="WordNetRelated"/>) of a stem found nowhere in the index — not
    /// in the text, the headings or the records — each with its analysed term; empty for a word the texts hold, so a
    /// query that works today is searched as before. Decided once per stem and index (bounded).
    /// </summary>
    public IReadOnlyList<(string Text, string Term)> Related(string typed, string stem, IndexReader reader)
    {
        if (related.TryGetValue(typed, out var known)) return known;
        IReadOnlyList<(string Text, string Term)> found = [];
        // A spelling of a word the texts hold ("globalisation": "globalization") is the corrector's, not a relative.
        if (WordNetRelated.Of(typed) is { Count: > 0 } forms && !Occurs(reader, stem) && !forms.Any(f => SpellingCorrector.WithinEdits(typed.ToLowerInvariant(), f, 2)))
            found = forms.Select(f => (Text: f, Terms: TextAnalysis.Terms(f)))
                // Everyday words among the relatives are kept ("crash" → "clash"): left out, "crash" weighed as an
                // absent everyday word and "stock market crash" found priority 18 by "market" alone (tuning set).
                .Where(f => f.Terms is [var t] && t != stem && !QueryWords.IsFunctionWord(f.Text) && Occurs(reader, t))
                .Select(f => (f.Text, f.Terms[0])).DistinctBy(f => f.Item2).ToList();
        if (related.Count < MaxCachedWords) related.TryAdd(typed, found);
        return found;
    }

    /// <summary>
    /// What the texts write for a hyphenated word they never write, each with its analysed term: the word written closed
    /// where they write it so ("cyber-security" → "cybersecurity"), else its WordNet relatives ("one-sided" →
    /// "unilateral"). The word is analysed as its parts ("one", "side"), which the texts hold apart, so
    /// <see cref="Related"/>, asked of one stem, never looked it up. Empty when the parts stand side by side in any
    /// unit (the texts write the word as typed). Decided once per word and index (bounded).
    /// </summary>
    public IReadOnlyList<(string Text, string Term)> RelatedCompound(string typed, string[] parts, IndexReader reader)
    {
        if (related.TryGetValue(typed, out var known)) return known;
        IReadOnlyList<(string Text, string Term)> found = [];
        if (!PartsSideBySide(reader, parts))
        {
            // Written closed by the texts ("cyber-security": "cybersecurity", "peace-keeping", "de-mining"): that word, as
            // they write it, rather than WordNet's relatives of the hyphenated one.
            var closed = typed.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            if (TextAnalysis.Terms(closed) is [var closedTerm] && Occurs(reader, closedTerm))
                found = [(closed, closedTerm)];
            else if (WordNetRelated.Of(typed) is { Count: > 0 } forms)
                found = forms.Select(f => (Text: f, Terms: TextAnalysis.Terms(f)))
                    .Where(f => f.Terms is [var t] && !parts.Contains(t) && !QueryWords.IsFunctionWord(f.Text) && Occurs(reader, t))
                    .Select(f => (f.Text, f.Terms[0])).DistinctBy(f => f.Item2).ToList();
        }
        if (related.Count < MaxCachedWords) related.TryAdd(typed, found);
        return found;
    }

    /// <summary>Whether some unit's text or title holds the parts side by side (a search, asked once per word and index).</summary>
    private static bool PartsSideBySide(IndexReader reader, string[] parts)
    {
        var searcher = new IndexSearcher(reader);
        foreach (var field in new[] { SearchFields.Text, SearchFields.Title })
        {
            var phrase = new PhraseQuery();
            foreach (var part in parts) phrase.Add(new Term(field, part));
            if (searcher.Search(phrase, 1).TotalHits > 0) return true;
        }
        return false;
    }

    private static bool Occurs(IndexReader reader, string term) =>
        reader.DocFreq(new Term(SearchFields.Text, term)) > 0 || reader.DocFreq(new Term(SearchFields.Title, term)) > 0
        || reader.DocFreq(new Term(SearchFields.Section, term)) > 0 || reader.DocFreq(new Term(SearchFields.Record, term)) > 0;

    /// <summary>A stem found in at least this share of units is too broad to stand for a longer word derived from it.</summary>
    private const double BroadStemShare = 0.25;

    /// <summary>
    /// The word as written (the unstemmed spell field) when stemming joins it to a much broader family: the texts hold
    /// the word, its stem is in a quarter or more of the units' texts or records, and in four times as many as the word
    /// itself ("globalization" → "global"; "officers" → the bylines' "Office"). Null otherwise: "weaponizing" stays
    /// joined to "weapon", a stem of a few units.
    /// </summary>
    public Query? OverStemmed(string typed, List<string[]> terms, IndexReader reader)
    {
        if (terms is not [[var stem]]) return null;
        // Decided once per word and index (bounded): it costs an analysis and two term look-ups.
        if (overStemmed.TryGetValue(typed, out var known)) return known;
        var found = AsWritten(typed, stem, reader);
        if (overStemmed.Count < MaxCachedWords) overStemmed.TryAdd(typed, found);
        return found;
    }

    private static Query? AsWritten(string typed, string stem, IndexReader reader)
    {
        var forms = TextAnalysis.Tokens(PortalAnalyzer.Words, typed, SearchFields.Spell);
        if (forms is not [var form] || form.Term.Length < stem.Length + 3) return null;
        // In the texts, or in the records: a byline is on every paragraph of its commentary, so a stem of two bylines'
        // words is broad there. "officers" (priority 19) was joined to their "Office" and found 42 units, 40 of them by
        // the byline alone (a fresh-eyes review, the nineteenth turn).
        var stemUnits = Math.Max(reader.DocFreq(new Term(SearchFields.Text, stem)), reader.DocFreq(new Term(SearchFields.Record, stem)));
        var formUnits = reader.DocFreq(new Term(SearchFields.Spell, form.Term));
        return formUnits > 0 && stemUnits >= BroadStemShare * reader.NumDocs && stemUnits >= 4 * formUnits
            ? new KnownTermQuery(new Term(SearchFields.Spell, form.Term))
            : null;
    }
}
