using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Text.RegularExpressions;

namespace GsiPortal.Core.Search;

/// <summary>A suggestion while typing: a title with its address, or a word to search for.</summary>
public sealed record Suggestion(string Text, string? Url);

/// <summary>What the search box offers while a reader types: referenced items, matching titles, completions from the texts.</summary>
internal sealed class SearchSuggestions(IndexSearcher searcher, IReadOnlyList<SearchUnit> units, QueryReferences references)
{
    private readonly IReadOnlyList<(string Title, string Headings, string Url, string Id)> titles =
        units.Where(u => u.IsItem).Select(u => (u.Title, u.Headings, u.Url, u.Id)).ToList();

    /// <summary>
    /// Suggestions while typing, at most <see cref="SearchLimits.MaxSuggestions"/>: the item a reference names ("II.4",
    /// "priority 8"); items whose title, editors' label or reference holds the text (each shown by the paper's own
    /// title, with its address); then words that complete the last typed word — after earlier words, only where the
    /// whole run occurs in the texts, so no invented word pair is offered.
    /// </summary>
    public IReadOnlyList<Suggestion> For(string? typed)
    {
        var cleaned = ReaderQuery.Clean(typed);
        if (cleaned.Length < 2 || cleaned.Length > 100) return [];
        var lower = cleaned.ToLowerInvariant();
        var referenced = references.Find(cleaned) is { } r ? [new Suggestion(units[r.Ordinal].Title, units[r.Ordinal].Url)] : Array.Empty<Suggestion>();
        var fromTitles = titles
            .Select(t => (t.Title, t.Url, At: t.Title.Contains(cleaned, StringComparison.OrdinalIgnoreCase) ? t.Title.IndexOf(cleaned, StringComparison.OrdinalIgnoreCase)
                : t.Headings.Contains(cleaned, StringComparison.OrdinalIgnoreCase) ? 1000 : -1))
            .Where(t => t.At >= 0)
            .OrderBy(t => t.At)
            .Take(SearchLimits.MaxSuggestions / 2)
            .Select(t => new Suggestion(t.Title, t.Url));
        var typedWords = lower.Split(' ');
        var lastWord = typedWords[^1];
        var head = lower[..^lastWord.Length];
        // After earlier words one letter is enough: the phrase narrows it.
        var completions = WordsStartingWith(searcher.IndexReader, lastWord, minimum: typedWords.Length == 1 ? 2 : 1);
        var words = typedWords.Length == 1
            ? completions.Select(w => new Suggestion(w, null))
            : PhrasesInTexts(head, completions).Select(p => new Suggestion(p, null));
        return referenced.Concat(fromTitles).Concat(words).DistinctBy(s => s.Text).Take(SearchLimits.MaxSuggestions).ToList();
    }

    /// <summary>How many completions of the last word one phrase look-up may try, and how many units it reads.</summary>
    private const int MaxPhraseCandidates = 200;
    private const int MaxPhraseUnits = 20;

    /// <summary>
    /// The typed words followed by a completion of the last one, as the texts write them, most frequent first: one
    /// phrase query (earlier words, then any completion) finds the units, and the runs are read from their text.
    /// </summary>
    private IEnumerable<string> PhrasesInTexts(string head, IEnumerable<string> completions)
    {
        var headWords = TextAnalysis.Tokens(PortalAnalyzer.Words, head, SearchFields.Spell).Select(t => t.Term).ToList();
        var candidates = completions.Take(MaxPhraseCandidates).Select(c => new Term(SearchFields.Spell, c)).ToArray();
        if (headWords.Count == 0 || candidates.Length == 0) return [];
        var phrase = new MultiPhraseQuery();
        foreach (var w in headWords) phrase.Add(new Term(SearchFields.Spell, w));
        phrase.Add(candidates);
        var top = searcher.Search(phrase, MaxPhraseUnits);
        var ordinals = MultiDocValues.GetNumericValues(searcher.IndexReader, SearchFields.Ordinal);
        var run = new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"[\s\-]+", headWords.Select(Regex.Escape))
            + @"[\s\-]+([\p{L}\p{N}]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var wanted = candidates.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in top.ScoreDocs)
            foreach (Match m in run.Matches(units[(int)ordinals.Get(hit.Doc)].Text))
                if (wanted.Contains(m.Groups[1].Value.ToLowerInvariant()))
                    found[head + m.Groups[1].Value.ToLowerInvariant()] = found.GetValueOrDefault(head + m.Groups[1].Value.ToLowerInvariant()) + 1;
        return found.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key);
    }

    private static IEnumerable<string> WordsStartingWith(IndexReader reader, string prefix, int minimum = 2)
    {
        if (prefix.Length < minimum) return [];
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return [];
        var found = new List<(string Word, int Freq)>();
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END) return [];
        do
        {
            var word = e.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add((word, e.DocFreq));
        }
        while (e.MoveNext() && found.Count < 500);
        return found.OrderByDescending(f => f.Freq).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word);
    }
}
