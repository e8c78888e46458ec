using GsiPortal.Core.Content;

namespace GsiPortal.Core.Search;

/// <summary>
/// What a run of typed words also searches: an abbreviation its long form and the reverse ("UN" ⇄ "United Nations"),
/// a word its derived forms ("Africa" → "African"), a reader's paraphrase the texts' words ("mine clearing" →
/// "demining"). Built once per index from the abbreviations the texts define and the curated list in
/// content/search-terms.yml; looked up by the typed run's analysed terms, longest run first.
/// </summary>
public sealed class QueryExpansions
{
    /// <summary>
    /// An expansion of a typed run: the alternatives (analysed phrases), each with its text as written and whether the
    /// page discloses it (abbreviations and paraphrases, not derived forms), and, for an abbreviation, its short form.
    /// </summary>
    private sealed record Entry(string[] Key, List<string[]> Alternatives, string? ShortForm)
    {
        public List<(string Text, bool Disclosed)> Shown { get; } = [];

        /// <summary>Abbreviations a typed long form also finds, matched only as the texts write them, in capitals.</summary>
        public List<string> Capitals { get; } = [];
    }

    private readonly Dictionary<string, Entry> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> knownTerms = new(StringComparer.Ordinal);

    public QueryExpansions(Abbreviations abbreviations, SearchTerms terms)
    {
        foreach (var (shortForm, longForm) in abbreviations.LongForms)
        {
            var shortTerms = Plain(TextAnalysis.PhraseTerms(shortForm));
            var longTerms = TextAnalysis.PhraseTerms(longForm);
            // "UN" typed: also "United Nations". The short form itself may analyse to nothing ("US" is the stop word "us").
            if (shortTerms.Length > 0 || shortForm.Length > 0) Add(ShortKey(shortForm), longTerms, shortForm, longForm, disclosed: true);
            // "United Nations" typed: also "UN" — in capitals only, so "United States" never finds "us" or "uses".
            if (Plain(longTerms).Length >= 2 && CapitalsAnalyzer.IsCapitals(shortForm)) AddCapitals(Plain(longTerms), shortForm);
        }
        foreach (var group in terms.Derivations)
        {
            var forms = group.Select(g => (Text: g, Terms: TextAnalysis.PhraseTerms(g))).Where(t => t.Terms.Length > 0).ToList();
            foreach (var form in forms)
                foreach (var other in forms.Where(o => !o.Terms.SequenceEqual(form.Terms)))
                    Add(Plain(form.Terms), other.Terms, null, other.Text, disclosed: false);
        }
        foreach (var (reader, texts) in terms.Paraphrases)
            foreach (var text in texts)
                Add(Plain(TextAnalysis.PhraseTerms(reader)), TextAnalysis.PhraseTerms(text), null, text, disclosed: true);
        MaxKeyLength = byKey.Values.Select(e => e.Key.Length).DefaultIfEmpty(1).Max();
        keyStarts = byKey.Values.Where(e => e.Key.Length >= 2).Select(e => e.Key[0]).ToHashSet(StringComparer.Ordinal);
        // Analysed in one pass: two thousand words one by one would cost the start-up a token stream each.
        generalStems = TextAnalysis.Terms(string.Join(' ', terms.General)).ToHashSet(StringComparer.Ordinal);
        englishStems = TextAnalysis.Terms(string.Join(' ', terms.Nouns)).ToHashSet(StringComparer.Ordinal);
        englishStems.UnionWith(generalStems);
        nounForms = terms.Nouns.ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> nounForms;

    private readonly HashSet<string> generalStems;
    private readonly HashSet<string> englishStems;

    /// <summary>Whether a typed word is a word of general English (either list), which no corrector may take for a misspelling ("section").</summary>
    public bool IsEnglish(string typed) => Stems(typed) is [var t] && englishStems.Contains(t);

    /// <summary>
    /// Typed words' stems, kept by word (bounded): a word recurs across queries far more than a query does, and
    /// analysing it costs a token stream each time.
    /// </summary>
    private List<string> Stems(string typed)
    {
        if (stems.TryGetValue(typed, out var known)) return known;
        var found = TextAnalysis.Terms(typed);
        if (stems.Count < MaxCachedWords) stems.TryAdd(typed, found);
        return found;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> stems = new(StringComparer.Ordinal);
    private const int MaxCachedWords = 20_000;

    /// <summary>
    /// Whether typed words are all general English ("hit", "small", "section": content/search-terms.yml), compared
    /// by stem so that "hits" and "using" count too. A function word or nothing at all is not.
    /// </summary>
    public bool IsGeneral(string typed) => general.Get(typed, this, static (words, self) => self.WorkOutGeneral(words));

    /// <summary>
    /// <see cref="IsGeneral"/> by typed text, bounded: a relaxed query asks it of each of its words a dozen times over
    /// (which words are required, which are light, the floor's weights), and each asking split, rejoined and looked up
    /// every word again (about 1.5 % of a distinct search's time in the load bench, docs/performance.md).
    /// </summary>
    private readonly BoundedCache<string, bool> general = new(MaxCachedGeneral, StringComparer.Ordinal);
    private const int MaxCachedGeneral = 4_096;

    private bool WorkOutGeneral(string typed)
    {
        var words = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // An irregular form is weighed as its base: "sent" as "send", "biggest" as "big", which stemming does not join.
        return Stems(string.Join(' ', words.Select(WordNetForms.Regular))) is { Count: > 0 } t && t.All(generalStems.Contains)
            // A noun of the list is not general though its stem is a general verb's: "election" is not "elect". As
            // typed only: taking "conflicts" and "powers" for nouns too lost two tuning queries and gained none.
            && !words.Any(w => nounForms.Contains(w.ToLowerInvariant()));
    }

    /// <summary>Endings of an adjective's regular comparative and superlative, and what its base ends with instead.</summary>
    private static readonly (string Ending, string Replacement)[] ComparativeEndings =
        [("iest", "y"), ("ier", "y"), ("est", ""), ("est", "e"), ("er", ""), ("er", "e")];

    /// <summary>
    /// A regular comparative or superlative of a general adjective ("poorer", "safest"): Porter leaves "-er" and
    /// "-est" on, and WordNet lists only the irregular ones ("bigger"), so "helping poorer countries fight terrorism"
    /// weighed "poorer", found nowhere, as its rarest word. The caller asks only of a word the texts never write:
    /// "outer" (in "outer space") is a word of its own, not a comparative of "out".
    /// </summary>
    public bool IsComparativeOfGeneral(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && !nounForms.Contains(word.ToLowerInvariant()) && ComparativeEndings.Any(e => word.Length > e.Ending.Length + 2 && word.EndsWith(e.Ending, StringComparison.OrdinalIgnoreCase)
            && Stems(word[..^e.Ending.Length] + e.Replacement) is [var b] && generalStems.Contains(b));

    /// <summary>The first terms of the keys of two terms or more.</summary>
    private readonly HashSet<string> keyStarts;

    /// <summary>
    /// Whether some expansion is keyed by two terms or more starting with <paramref name="firstTerm"/>: when none is, no
    /// run of several typed terms starting so has an expansion, and <see cref="Find"/> need not be asked (a three-word
    /// query asks it of six runs, each joined into a key first).
    /// </summary>
    internal bool MayStartKey(string firstTerm) => keyStarts.Contains(firstTerm);

    /// <summary>The most typed terms any expansion is keyed by.</summary>
    public int MaxKeyLength { get; }

    /// <summary>The expansions of the typed words, as text, for the documentation and tests.</summary>
    public IReadOnlyList<string[]> Of(string typed, bool typedInCapitals) =>
        Find(Plain(TextAnalysis.PhraseTerms(typed)), typed, typedInCapitals)?.Alternatives ?? [];

    /// <summary>
    /// Whether a typed word belongs to a known abbreviation, derivation or paraphrase, so that no corrector may change it.
    /// Its stem from the bounded per-word cache: analysed afresh, each typed word cost a token stream on every search,
    /// about 4 % of a distinct search's CPU in the load bench (docs/performance.md).
    /// </summary>
    public bool Knows(string word) => knownTerms.Contains(word.ToLowerInvariant()) || Stems(word) is [var t] && knownTerms.Contains(t);

    /// <summary>
    /// The alternatives for typed terms, or null; <c>Abbreviation</c> is true when the typed word was an abbreviation
    /// typed in capitals, which then matches only as the abbreviation (the words the texts write in capitals) and by its
    /// long form. Typed in lower case, an abbreviation counts only when the lower-case word is not a function word
    /// ("us", "who", "it"), so "US" is the United States and "us" is not.
    /// </summary>
    internal Expansion? Find(string[] typedTerms, string typedText, bool typedInCapitals)
    {
        if (typedTerms.Length <= 1 && byKey.TryGetValue(string.Join(' ', ShortKey(typedText)), out var abbreviation))
        {
            if (typedInCapitals) return new(abbreviation.Alternatives, abbreviation.Shown, true, []);
            if (!QueryWords.IsFunctionWord(typedText)) return new(abbreviation.Alternatives, abbreviation.Shown, false, []);
        }
        return typedTerms.Length > 0 && byKey.TryGetValue(string.Join(' ', typedTerms), out var entry) && entry.ShortForm is null
            ? new(entry.Alternatives, entry.Shown, false, entry.Capitals) : null;
    }

    /// <summary>
    /// What typed words stand for: the alternatives (analysed), each one's text and whether it is disclosed (parallel
    /// to <see cref="Alternatives"/>), whether the typed word was an abbreviation in capitals, and the abbreviations a
    /// typed long form also finds in capitals.
    /// </summary>
    internal sealed record Expansion(List<string[]> Alternatives, IReadOnlyList<(string Text, bool Disclosed)> Shown, bool Abbreviation, IReadOnlyList<string> Capitals);

    /// <summary>An abbreviation's key: its letters, lower case, so that "US" (a stop word once analysed) still has one.</summary>
    private static string[] ShortKey(string shortForm) => ["\u0001" + new string(shortForm.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()];

    private void AddCapitals(string[] key, string shortForm)
    {
        var name = string.Join(' ', key);
        if (!byKey.TryGetValue(name, out var entry)) byKey[name] = entry = new Entry(key, [], null);
        if (!entry.Capitals.Contains(shortForm)) entry.Capitals.Add(shortForm);
        foreach (var k in key) knownTerms.Add(k);
    }

    private void Add(string[] key, string[] alternative, string? shortForm, string text, bool disclosed)
    {
        if (key.Length == 0 || alternative.Length == 0) return;
        var name = string.Join(' ', key);
        if (!byKey.TryGetValue(name, out var entry)) byKey[name] = entry = new Entry(key, [], shortForm);
        if (!entry.Alternatives.Any(a => a.SequenceEqual(alternative)))
        {
            entry.Alternatives.Add(alternative);
            entry.Shown.Add((text, disclosed));
        }
        foreach (var k in key) knownTerms.Add(k.TrimStart('\u0001'));
    }

    private static string[] Plain(string[] terms) => terms.Where(t => t.Length > 0).ToArray();
}
