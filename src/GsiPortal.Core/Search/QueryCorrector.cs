using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Index;

namespace GsiPortal.Core.Search;

/// <summary>A query corrected (<see cref="Text"/>), and the query as typed with each corrected word in quotation marks, which searches it as typed.</summary>
/// <param name="Text">The query with its misspelled words corrected.</param>
/// <param name="AsTyped">The query as typed, the corrected words in quotation marks (searched as typed).</param>
/// <param name="Distant">Some word was corrected by two edits ("france" → "face"): a guess, where one edit is a slip.</param>
/// <param name="Words">The corrected words as the correction writes them, lower case ("artificial", "intelligence"), where
/// no word corrected is one WordNet knows (an irregular form, "built"; a word it relates to the texts' words, "banned"):
/// a word of English the texts lack is not a slip, however near a word they write. Null otherwise.</param>
/// <param name="Changes">Each word changed, as typed and as corrected, in the query's order.</param>
internal sealed record Correction(string Text, string AsTyped, bool Distant = false, IReadOnlyList<string>? Words = null, IReadOnlyList<WordCorrected>? Changes = null);

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
    /// <param name="reader">The index whose words are the vocabulary.</param>
    /// <param name="query">The query as read.</param>
    /// <param name="phrases">Whether words in quotation marks are corrected too: only when the query found nothing, since
    /// a reader who quotes a word asks for it as typed (the page's "search instead" link quotes the corrected words).</param>
    /// <param name="searchedOtherwise">The query's expansions: the typed words it already searched in other forms (another
    /// spelling of English, WordNet's relatives, a paraphrase). Where it found something, those forms are its reading of
    /// them, named on the page ("weaponise": weaponization, weaponizing), not a misspelling of the nearest word
    /// ("weapons"). Looked through only for a word that would be corrected: no set of them is made for every query.</param>
    public Correction? Correct(IndexReader reader, ReaderQuery query, bool phrases = true, IReadOnlyList<ExpansionUsed>? searchedOtherwise = null)
    {
        var text = query.Text;
        var asTyped = query.Text;
        var changed = false;
        var distant = false;
        var first = true;
        List<string>? words = null;
        var unknown = true;
        HashSet<string>? joined = null;
        var changes = new List<WordCorrected>();
        foreach (var (left, right, together) in SplitWords(reader, query))
        {
            // A name typed in two ("Chen Xiang yang"): one word the texts write, found where neither half is. The halves
            // are quoted together in the query as typed, which searches them as a phrase, as written.
            var better = char.IsUpper(left[0]) ? char.ToUpperInvariant(together[0]) + together[1..] : together;
            text = Regex.Replace(text, $@"\b{Regex.Escape(left)}\s+{Regex.Escape(right)}\b", better);
            asTyped = Regex.Replace(asTyped, $@"(?<![\w""]){Regex.Escape(left)}\s+{Regex.Escape(right)}(?![\w""])", $"\"{left} {right}\"");
            (words ??= []).Add(together);
            changes.Add(new WordCorrected($"{left} {right}", better));
            (joined ??= new(StringComparer.Ordinal)).UnionWith([left, right]);
            changed = true;
        }
        foreach (var group in query.Groups)
        foreach (var clause in group)
        {
            if (!(clause.Kind is QueryClauseKind.Word || (phrases && clause.Kind is QueryClauseKind.Phrase)) || clause.Occur != ClauseOccur.Must) continue;
            foreach (var word in clause.Kind is QueryClauseKind.Word && clause.Text.Length > 0 && clause.Text.IndexOf(' ') < 0 ? [clause.Text] : clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var isFirst = first;
                first = false;
                if (joined is not null && joined.Contains(word)) continue;
                // What the word is decides these, whatever the query: worked out once per word.
                if (settled.Get(word, this, static (w, self) => self.IsSettled(w))) continue;
                if (!phrases && searchedOtherwise is not null && SearchedOtherwise(searchedOtherwise, word)) continue;
                // A capitalised word after the first is a name: corrected only to a name the records hold ("Khokar").
                var name = !isFirst && char.IsUpper(word[0]);
                if (CorrectionOf(reader, name ? NamePrefix + word : word) is not { } better) continue;
                // The other spelling of English ("globalisation") is searched beside the word already (SpellingVariants)
                // and named as a form searched instead: not a misspelling to correct where the query found something.
                if (!phrases && SpellingVariants.OtherSpellings(word.ToLowerInvariant()).Contains(better, StringComparer.OrdinalIgnoreCase)) continue;
                // Nor is a regular ending on the stem of a word the texts write ("negotiating", which stemming finds as
                // "negotiation"): a form, not a slip. "indivisable" keeps its stem with no such ending, and is corrected.
                if (IsInflection(word, better)) continue;
                // A name keeps its capital ("Ovais Khokhar").
                if (char.IsUpper(word[0])) better = char.ToUpperInvariant(better[0]) + better[1..];
                distant |= !SpellingCorrector.WithinEdits(word.ToLowerInvariant(), better.ToLowerInvariant(), 1) && !IsTransposition(word, better);
                text = Regex.Replace(text, $@"\b{Regex.Escape(word)}\b", better);
                if (clause.Kind is QueryClauseKind.Word) asTyped = Regex.Replace(asTyped, $@"(?<![\w""]){Regex.Escape(word)}(?![\w""])", $"\"{word}\"");
                (words ??= []).Add(better.ToLowerInvariant());
                if (!changes.Exists(c => c.Typed == word)) changes.Add(new WordCorrected(word, better));
                unknown &= WordNetForms.Regular(word).Equals(word, StringComparison.OrdinalIgnoreCase) && WordNetRelated.Of(word).Count == 0;
                changed = true;
            }
        }
        return changed ? new Correction(text, asTyped, distant, unknown ? words : null, changes) : null;
    }

    /// <summary>
    /// Neighbouring typed words, each of them found nowhere in the texts, that written as one make a word the texts
    /// hold: a name split where the reader heard a syllable break ("Xiang yang" for "Xiangyang", "Ke zhong"), or a
    /// word split in two ("co operation"). Each half alone is no slip of a word (two to five letters from any), so
    /// the per-word correction finds nothing for it. Only words found nowhere: "peace keeping" finds both its words and
    /// is searched as typed.
    /// </summary>
    private List<(string Left, string Right, string Together)> SplitWords(IndexReader reader, ReaderQuery query)
    {
        var found = new List<(string, string, string)>();
        string? previous = null;
        foreach (var group in query.Groups)
        foreach (var clause in group)
        {
            var word = clause.Kind is QueryClauseKind.Word && clause.Occur == ClauseOccur.Must && clause.Text.Length > 0 && clause.Text.IndexOf(' ') < 0 ? clause.Text : null;
            if (word is not null && previous is not null && word.All(char.IsLetter) && previous.All(char.IsLetter)
                && !QueryWords.IsFunctionWord(word) && !QueryWords.IsFunctionWord(previous)
                && AbsentForm(reader, previous) is { } left && AbsentForm(reader, word) is { } right
                && left.Length + right.Length >= 6 && reader.DocFreq(new Term(SearchFields.Spell, left + right)) > 0
                && Regex.IsMatch(query.Text, $@"\b{Regex.Escape(previous)}\s+{Regex.Escape(word)}\b"))
            {
                found.Add((previous, word, left + right));
                previous = null;
                continue;
            }
            previous = word;
        }
        return found;
    }

    /// <summary>A typed word's form in the spell field where the texts never write it; null where they do. Kept by the word (bounded).</summary>
    private string? AbsentForm(IndexReader reader, string word) =>
        absentForms.Get(word, reader, static (w, r) =>
            TextAnalysis.Tokens(PortalAnalyzer.Words, w, SearchFields.Spell) is [var token] && r.DocFreq(new Term(SearchFields.Spell, token.Term)) == 0 ? token.Term : null);

    private readonly BoundedCache<string, string?> absentForms = new(MaxCachedCorrections, StringComparer.Ordinal);

    /// <summary>Two neighbouring letters swapped ("sanctoins"): one slip of the fingers, though two edits by <see cref="SpellingCorrector.WithinEdits"/>.</summary>
    private static bool IsTransposition(string word, string better)
    {
        if (word.Length != better.Length) return false;
        var a = word.ToLowerInvariant();
        var b = better.ToLowerInvariant();
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
    }

    /// <summary>
    /// Whether a word is never corrected, whatever the query: typed in capitals ("NATO"), a known abbreviation,
    /// derivation or paraphrase, a function word, or a word of general English. Asked of every word of every query
    /// (each answer is searched as corrected when that finds as much), so kept by the word (bounded).
    /// </summary>
    private bool IsSettled(string word) =>
        (word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower)) || expansions.Knows(word) || QueryWords.IsFunctionWord(word) || expansions.IsEnglish(word);

    private readonly BoundedCache<string, bool> settled = new(MaxCachedCorrections, StringComparer.Ordinal);

    /// <summary>Whether a typed word is one of those the query searched in other forms (compared ignoring case).</summary>
    private static bool SearchedOtherwise(IReadOnlyList<ExpansionUsed> expansions, string word)
    {
        foreach (var expansion in expansions)
            foreach (var typed in expansion.Typed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (typed.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] InflectionalEndings = ["ing", "ed", "s", "er", "est", "ly"];

    /// <summary>The word is a regular form (-ing, -ed, -s, -er, -est, -ly) of the stem its correction shares.</summary>
    internal static bool IsInflection(string word, string correction) =>
        InflectionalEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && TextAnalysis.Terms(word) is [var stem] && TextAnalysis.Terms(correction) is [var other] && stem == other;

    /// <summary>The nearest known spelling of a word the index lacks; null when it has the word or nothing near.</summary>
    private string? CorrectionOf(IndexReader reader, string word)
    {
        if (corrections.TryGetValue(word, out var known)) return known;
        var found = word.StartsWith(NamePrefix, StringComparison.Ordinal) ? SpellingCorrector.CorrectName(reader, word[NamePrefix.Length..]) : SpellingCorrector.Correct(reader, word);
        if (corrections.Count < MaxCachedCorrections) corrections.TryAdd(word, found);
        return found;
    }
}
