using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// A reader's query made into Lucene clauses once, then combined strictly (every clause), without its function
/// words, or as "most of" its clauses. <see cref="MarkTerms"/> are the analysed terms to mark in snippets and pages.
/// </summary>
public sealed class BuiltQuery(IReadOnlyList<BuiltClause> clauses, IReadOnlyList<Query> excluded, IReadOnlyList<Query> boosts,
    Query? alternatives, IReadOnlySet<string> markTerms, IReadOnlyList<string[]> markPhrases, IReadOnlyList<ExpansionUsed> expansions, Query? together = null,
    IReadOnlyCollection<string>? markCapitals = null, bool togetherWithinStrict = false, IReadOnlySet<string>? markAlone = null)
{
    /// <summary>
    /// The terms a snippet or page marks wherever they stand: <see cref="MarkTerms"/> less the words of quoted
    /// phrases, which are marked only where their phrase stands (<see cref="MarkPhrases"/>).
    /// </summary>
    public IReadOnlySet<string> MarkAlone => markAlone ?? markTerms;

    /// <summary>Short forms searched in capitals only ("AI" for "artificial intelligence"), to mark where written so.</summary>
    public IReadOnlyCollection<string> MarkCapitals => markCapitals ?? [];

    /// <summary>
    /// Terms of <see cref="MarkAlone"/> that only a trailing wildcard searched, each with its letters: marked only where
    /// the word as written begins with them ("communit*" marks "community", not "communication", whose stem is the
    /// same). Null where there are none.
    /// </summary>
    public IReadOnlyDictionary<string, string[]>? MarkBegun { get; init; }

    /// <summary>
    /// The ordinals of the paper's items whose editors' heading the query's words name whole ("The Middle East" in
    /// "middle east security": <see cref="EditorsHeadings"/>), whose scores count for more; null where none is named.
    /// </summary>
    public int[]? Titled { get; init; }

    /// <summary>
    /// The editors' subject terms the query names whole, and those it names but for a "counter" before them
    /// ("counter-terrorism" for "terrorism"): what an item may be filed under (<see cref="QueryRelaxations.FiledUnderSubject"/>). Null where none is.
    /// </summary>
    internal IReadOnlyList<(string Key, string[] Words)>? Filing { get; init; }

    /// <summary>
    /// In a query that is not only plain words (<see cref="Together"/> null), the first run of two or more words of the
    /// subject typed side by side, as indexes into <see cref="Clauses"/> ("human rights" in "what china think about
    /// human rights"): a result holding them only apart says so. Null where there is none.
    /// </summary>
    public int[]? Run { get; init; }

    /// <summary>The words of <see cref="Run"/> as typed.</summary>
    internal string[] RunWords => runWords ??= Run is null ? [] : [.. Run.Select(k => clauses[k].Text)];

    private string[]? runWords;

    /// <summary>
    /// The typed words side by side or nearly (within a few words, in order), when the query is two or more plain
    /// words and nothing else: the units it matches hold them together. Null otherwise.
    /// </summary>
    public Query? Together => together;

    /// <summary>
    /// Every unit <see cref="Together"/> matches is among those the strict <see cref="Query"/> matches (each clause is
    /// one plain word searched as itself in the text, among its fields), and the strict query holds it as a boost: the
    /// strict search counts the units holding the words together as it goes (<see cref="FacetingCollector"/>), and no
    /// second search asks for them.
    /// </summary>
    public bool TogetherWithinStrict => together is not null && togetherWithinStrict;

    public IReadOnlyList<BuiltClause> Clauses => clauses;
    /// <summary>The disclosed expansions (abbreviations, paraphrases) the query searched, for the page to name those that found something.</summary>
    public IReadOnlyList<ExpansionUsed> Expansions => expansions;
    /// <summary>Every searched term, quoted phrases' words included: what a snippet weighs by rarity and a result is said to hold.</summary>
    public IReadOnlySet<string> MarkTerms => markTerms;
    /// <summary>The searched phrases (analysed, "" where a stop word stands), each marked as one unit where it occurs.</summary>
    public IReadOnlyList<string[]> MarkPhrases => markPhrases;

    /// <summary>
    /// The query's words as typed, function words left out: what a result's note names as apart. Made once per query, at
    /// its first need, and held here: a weak table keyed by the query (as before) made an entry, with a handle the garbage
    /// collector tracks, for every search whose results hold their words apart — most of load.sh's (docs/performance.md).
    /// </summary>
    internal string[] TypedWords => typedWords ??= [.. clauses.Where(c => !c.IsFunctionWord).Select(c => c.Text)];

    private string[]? typedWords;

    /// <summary>Only a query of one group (no OR) is relaxed: alternatives already widen it as the reader chose.</summary>
    public bool Relaxable => alternatives is null && clauses.Count > 0;

    /// <summary>Nothing to search for: no word, or only exclusions.</summary>
    public bool IsEmpty => alternatives is null && clauses.Count == 0;

    /// <summary>How much a light clause counts towards a relaxed unit's rank.</summary>
    private const float LightBoost = 0.25f;

    /// <summary>
    /// Every clause must match, but those <see cref="Dispense"/> gave: a word found in very many units, beside rarer
    /// words that say what is asked, adds to a unit's score without being required (<see cref="QueryRelaxations.Dispensable"/>).
    /// Made once: a query is never changed once built.
    /// </summary>
    public Query Query => strict ??= alternatives ?? (dispensed.Count == 0 ? Required(clauses, filed: filed) : Required(RequiredClauses, optional: dispensed));

    /// <summary>
    /// The everyday words an item filed under the query's subject need not hold (<see cref="QueryRelaxations.FiledUnderSubject"/>),
    /// each with the query matching the units so filed (scoring nothing); empty for most queries.
    /// </summary>
    internal IReadOnlyDictionary<BuiltClause, Query> Filed => filed ?? (IReadOnlyDictionary<BuiltClause, Query>)EmptyFiled;

    private static readonly Dictionary<BuiltClause, Query> EmptyFiled = new(ReferenceEqualityComparer.Instance);
    private Dictionary<BuiltClause, Query>? filed;

    /// <summary>Lets each of <paramref name="companions"/> be met by its filing query too. Only before <see cref="Query"/> is first read.</summary>
    internal void File(Dictionary<BuiltClause, Query> companions)
    {
        if (strict is not null) throw new InvalidOperationException("The strict query is already made.");
        filed = companions;
    }

    /// <summary>The clauses the strict <see cref="Query"/> requires: every one but the <see cref="Dispensed"/>.</summary>
    internal IReadOnlyList<BuiltClause> RequiredClauses => dispensed.Count == 0 ? clauses : [.. clauses.Where(c => !dispensed.Contains(c))];

    /// <summary>The common words the strict query does not require (<see cref="QueryRelaxations.Dispensable"/>); empty for most queries.</summary>
    internal IReadOnlyList<BuiltClause> Dispensed => dispensed;

    private IReadOnlyList<BuiltClause> dispensed = [];

    /// <summary>
    /// Makes <paramref name="common"/> optional in the strict query. Only before <see cref="Query"/> is first read: the
    /// builder makes a new query for every search, and the index asks this of it at once.
    /// </summary>
    internal void Dispense(IReadOnlyList<BuiltClause> common)
    {
        if (strict is not null) throw new InvalidOperationException("The strict query is already made.");
        dispensed = common;
    }

    private Query? strict;

    /// <summary>The given clauses all required, the optional ones adding to the score; exclusions and the phrase boosts kept.</summary>
    public Query Required(IEnumerable<BuiltClause> required, IEnumerable<BuiltClause>? optional = null, IReadOnlyDictionary<BuiltClause, Query>? filed = null)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var c in required)
            query.Add(filed is not null && filed.TryGetValue(c, out var under) ? new BooleanQuery(disableCoord: true) { { c.Query, Occur.SHOULD }, { under, Occur.SHOULD } } : c.Query, Occur.MUST);
        foreach (var c in optional ?? []) query.Add(c.Query, Occur.SHOULD);
        Finish(query);
        return query;
    }

    /// <summary>At least <paramref name="minimum"/> of the clauses; coordination rewards a unit that holds more of them.</summary>
    public Query MostOf(IEnumerable<BuiltClause> optional, int minimum, Func<BuiltClause, bool>? light = null)
    {
        var any = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = minimum };
        // A light clause (a word of general English: "play", "using") ranks a unit less than a word of the subject.
        // Wrapped, not re-boosted: the clause's own query is a key of the per-index match cache.
        foreach (var c in optional)
            any.Add(light?.Invoke(c) == true ? new BooleanQuery { Boost = LightBoost, Clauses = { new BooleanClause(c.Query, Occur.SHOULD) } } : c.Query, Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true) { { any, Occur.MUST } };
        Finish(query);
        return query;
    }

    private void Finish(BooleanQuery query)
    {
        foreach (var e in excluded) query.Add(e, Occur.MUST_NOT);
        foreach (var b in boosts) query.Add(b, Occur.SHOULD);
    }
}
