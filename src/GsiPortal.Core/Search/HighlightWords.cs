namespace GsiPortal.Core.Search;

/// <summary>
/// The words a mark is made of, read from a query as the search reads it: each word's analysed term, marked wherever it
/// stands, and each quoted phrase (or hyphenated word) as its analysed terms, marked only where the phrase stands. A
/// quoted phrase is an exact phrase: "indivisible security" in quotation marks marked "indivisibility" on commitment 4,
/// a stem-mate the search never matched (a reader's report). Excluded words (<c>-security</c>) are not marked: they
/// matched nothing.
/// </summary>
/// <param name="Alone">The analysed terms marked wherever they stand.</param>
/// <param name="Phrases">The phrases, analysed ("" where a stop word stands), each marked as one span where it occurs.</param>
public sealed record HighlightWords(IReadOnlySet<string> Alone, IReadOnlyList<string[]> Phrases)
{
    public static readonly HighlightWords None = new(new HashSet<string>(), []);

    /// <summary>
    /// The letters of each trailing wildcard typed ("communit*": "communit"), as written. Read alone (a heading's note,
    /// where no search was built) a wildcard marks the words the letters begin; a search's stems replace them
    /// (<see cref="With"/>, <see cref="Begun"/>).
    /// </summary>
    public IReadOnlyList<string> Wildcards { get; init; } = [];

    /// <summary>
    /// The terms of <see cref="Alone"/> only a wildcard searched, each with its letters: marked only where the word as
    /// written begins with them, the search's own rule (<see cref="BuiltQuery.MarkBegun"/>). Null where none.
    /// </summary>
    public IReadOnlyDictionary<string, string[]>? Begun { get; init; }

    /// <summary>Every term marked, alone or in a phrase.</summary>
    public IEnumerable<string> Terms => Alone.Concat(Phrases.SelectMany(p => p.Where(t => t.Length > 0))).Distinct(StringComparer.Ordinal);

    /// <summary>The words of a query or <c>?highlight=</c> value.</summary>
    public static HighlightWords Of(string? words)
    {
        var cleaned = Clip(words);
        if (cleaned.Length == 0) return None;
        var query = ReaderQuery.Parse(cleaned);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        var wildcards = new List<string>();
        foreach (var clause in query.Groups.SelectMany(g => g))
        {
            if (clause.Occur == ClauseOccur.MustNot) continue;
            if (clause.Kind == QueryClauseKind.Phrase && clause.Terms.Count(t => t.Length > 0) > 1) phrases.Add(clause.Terms);
            // Not the letters' stem: "communit" is no word of the texts, and as a term it marked nothing (the page a
            // wildcard's result linked to was left unmarked, a fresh-eyes review).
            else if (clause.Kind == QueryClauseKind.Prefix) { if (!wildcards.Contains(clause.Text)) wildcards.Add(clause.Text); }
            else alone.UnionWith(clause.PlainTerms);
        }
        return new HighlightWords(alone, phrases) { Wildcards = wildcards };
    }

    /// <summary>A query or <c>?highlight=</c> value cleaned and cut to the length a search reads.</summary>
    public static string Clip(string? words)
    {
        var cleaned = ReaderQuery.Clean(words);
        return cleaned[..Math.Min(cleaned.Length, SearchLimits.MaxQueryLength)];
    }

    /// <summary>
    /// These words and those a search added to them (the terms it marks alone, and its phrases): a phrase is added
    /// once, and not at all where each of its words is marked alone already (words marked alone are one mark where
    /// they stand together; the typed words read as a phrase in the order typed would only split the page's cache).
    /// </summary>
    public HighlightWords With(IEnumerable<string> alone, IEnumerable<string[]> phrases, IReadOnlyDictionary<string, string[]>? begun = null)
    {
        var all = new HashSet<string>(Alone, StringComparer.Ordinal);
        all.UnionWith(alone);
        var allPhrases = Phrases.ToList();
        foreach (var phrase in phrases)
            if (!phrase.All(t => t.Length == 0 || all.Contains(t)) && !allPhrases.Any(p => p.AsSpan().SequenceEqual(phrase))) allPhrases.Add(phrase);
        // A wildcard's stems are the search's now, with the letters each must begin with as written.
        return new HighlightWords(all, allPhrases) { Begun = begun };
    }

    /// <summary>These words less some terms (a reference's, on the place it names), a wildcard's letters kept.</summary>
    public HighlightWords Without(IReadOnlySet<string> terms) =>
        terms.Count == 0 ? this : new HighlightWords(Alone.Where(t => !terms.Contains(t)).ToHashSet(StringComparer.Ordinal), Phrases) { Wildcards = Wildcards, Begun = Begun };

    /// <summary>The marks of a text: its spans holding these words, phrases as one span.</summary>
    public List<(int Start, int End)> In(string text, IReadOnlySet<string>? common = null, bool commonAloneWhenNothingRarer = true)
    {
        var tokens = TextAnalysis.Tokens(PortalAnalyzer.Stemming, text);
        var spans = TextMarker.Matches(text, new UnitTokens([.. tokens]), Alone, Phrases, common, commonAloneWhenNothingRarer, Begun);
        if (Begun is not null || Wildcards.Count == 0) return spans;
        // No search read the wildcards: each marks the words its letters begin as written.
        var letters = Wildcards.ToArray();
        foreach (var token in tokens)
            if (TextMarker.WrittenBeginsWith(text, token, letters)) spans.Add((token.Start, token.End));
        return TextMarker.Union(text, spans);
    }
}
