using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Index;

namespace GsiPortal.Core.Search;

/// <summary>
/// "Did you mean": a query with its misspelled words corrected from the index's own words. Each word's correction is
/// looked for once per index and kept (bounded): the index never changes, so neither does a word's correction, and a
/// fuzzy look-up costs a millisecond or two.
/// </summary>
internal sealed class QueryCorrector(QueryExpansions expansions)
{
    private const int MaxCachedCorrections = 50_000;

    /// <summary>Marks a word asked for as a name in the corrections cache (a name is corrected only to a name).</summary>
    private const string NamePrefix = "\u0001";

    private readonly ConcurrentDictionary<string, string?> corrections = new(StringComparer.Ordinal);

    /// <summary>
    /// The query with its misspelled words corrected; null when nothing changes. A corrector that only corrects: it
    /// never touches a word the texts hold, one typed in capitals ("NATO") or capitalised after the first word (a
    /// name), a known abbreviation, derivation or paraphrase ("nato", "mine clearing"), or a function word.
    /// </summary>
    public string? Correct(IndexReader reader, ReaderQuery query)
    {
        var text = query.Text;
        var changed = false;
        var first = true;
        foreach (var clause in query.Groups.SelectMany(g => g).Where(c => c.Kind is QueryClauseKind.Word or QueryClauseKind.Phrase && c.Occur == ClauseOccur.Must))
        {
            foreach (var word in clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var isFirst = first;
                first = false;
                if (word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower)) continue;
                if (expansions.Knows(word) || QueryWords.IsFunctionWord(word) || expansions.IsEnglish(word)) continue;
                // A capitalised word after the first is a name: corrected only to a name the records hold ("Khokar").
                var name = !isFirst && char.IsUpper(word[0]);
                if (CorrectionOf(reader, name ? NamePrefix + word : word) is not { } better) continue;
                // A name keeps its capital ("Ovais Khokhar").
                if (char.IsUpper(word[0])) better = char.ToUpperInvariant(better[0]) + better[1..];
                text = Regex.Replace(text, $@"\b{Regex.Escape(word)}\b", better);
                changed = true;
            }
        }
        return changed ? text : null;
    }

    /// <summary>The nearest known spelling of a word the index lacks; null when it has the word or nothing near.</summary>
    private string? CorrectionOf(IndexReader reader, string word)
    {
        if (corrections.TryGetValue(word, out var known)) return known;
        var found = word.StartsWith(NamePrefix, StringComparison.Ordinal) ? SpellingCorrector.CorrectName(reader, word[NamePrefix.Length..]) : SpellingCorrector.Correct(reader, word);
        if (corrections.Count < MaxCachedCorrections) corrections.TryAdd(word, found);
        return found;
    }
}
