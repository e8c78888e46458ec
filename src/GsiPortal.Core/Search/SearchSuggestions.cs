using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Text.RegularExpressions;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// A suggestion while typing: an item with its address, named as the site names it, or a word to search for.
/// <see cref="Text"/> is the whole suggestion as plain text ("Commitment 4: Indivisible security; legitimate concerns of all").
/// </summary>
public sealed record Suggestion(string Text, string? Url)
{
    /// <summary>"Commitment 4" for an item; null for a word.</summary>
    public string? Name { get; init; }

    /// <summary>An item's label (the editors' where <see cref="HeadingIsEditors"/>) or the word, the typed letters marked.</summary>
    public IReadOnlyList<TextRun> Heading { get; init; } = [];

    /// <summary>True when <see cref="Heading"/> is the editors' words, to be shown apart from the paper's.</summary>
    public bool HeadingIsEditors { get; init; }

    /// <summary>A few of the paper's own words around the typed ones, when the label does not hold them; empty otherwise.</summary>
    public IReadOnlyList<TextRun> Context { get; init; } = [];
}

/// <summary>What the search box offers while a reader types: referenced items, matching titles, completions from the texts.</summary>
internal sealed class SearchSuggestions(IndexSearcher searcher, IReadOnlyList<SearchUnit> units, QueryReferences references)
{
    private readonly ItemSuggestions items = new(units);

    /// <summary>
    /// Suggestions while typing, at most <see cref="SearchLimits.MaxSuggestions"/>: the item a reference names ("II.4",
    /// "priority 8"); items whose editors' label, reference or first sentence holds the text (each named by its number
    /// and label, see <see cref="ItemSuggestions"/>); then words that complete the last typed word — after earlier
    /// words, only where the whole run occurs in the texts, so no invented word pair is offered.
    /// </summary>
    public IReadOnlyList<Suggestion> For(string? typed)
    {
        var cleaned = ReaderQuery.Clean(typed);
        if (cleaned.Length < 2 || cleaned.Length > 100) return [];
        var lower = cleaned.ToLowerInvariant();
        // A reference is not words of the label: the item it names is offered unmarked.
        var referenced = references.Find(cleaned) is not { } r ? Array.Empty<Suggestion>()
            : units[r.Ordinal].IsItem ? [ItemSuggestions.For(units[r.Ordinal], "")] : [new Suggestion(units[r.Ordinal].Title, units[r.Ordinal].Url)];
        var fromTitles = items.Matching(cleaned, SearchLimits.MaxSuggestions / 2);
        var typedWords = lower.Split(' ');
        var lastWord = typedWords[^1];
        var head = lower[..^lastWord.Length];
        // After earlier words one letter is enough: the phrase narrows it.
        var completions = WordsStartingWith(searcher.IndexReader, lastWord, minimum: typedWords.Length == 1 ? 2 : 1);
        var words = (typedWords.Length == 1 ? completions : PhrasesInTexts(head, completions))
            .Select(w => new Suggestion(w, null) { Heading = Typed(w, lower) });
        return referenced.Concat(fromTitles).Concat(words).DistinctBy(s => s.Text).Take(SearchLimits.MaxSuggestions).ToList();
    }

    /// <summary>A completion with the letters typed marked: "<b>indiv</b>isible".</summary>
    private static IReadOnlyList<TextRun> Typed(string completion, string typed) =>
        completion.StartsWith(typed, StringComparison.Ordinal) && completion.Length > typed.Length
            ? [new TextRun(typed, true), new TextRun(completion[typed.Length..], false)]
            : [new TextRun(completion, completion == typed)];

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
