using System.Runtime.CompilerServices;
using GsiPortal.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// The embedded full-text index of one content version. Built once from the library and never changed, so one
/// reader and one <see cref="IndexSearcher"/> serve every request for its whole life (an IndexSearcher is
/// thread-safe); the edition that owns it disposes it when its last reader is done. Thread-safe.
/// </summary>
public sealed class PortalIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly KnownTermsSearcher searcher;
    private readonly QueryBuilder queries;
    private readonly ClauseMatches clauseMatches;
    private readonly IReadOnlyList<SearchUnit> units;
    // The stems the texts write in lower case, for AnswersWithoutAbsent; made the first time it asks.
    private IReadOnlySet<string>? lowerCaseStems;
    private readonly SearchHits hits;
    private readonly QueryReferences references;
    private readonly QueryRelaxations relaxations;
    private readonly QueryCorrector corrector;
    private readonly SearchSuggestions suggestions;
    private readonly QueryResults results;
    private readonly Dictionary<string, int> ordinals;
    // Each unit's title, headings, section and record as analysed terms, made at its first need: the analyser's run
    // for every commentary hit of every search cost a distinct search about a fifth of its CPU (docs/performance.md).
    private readonly HashSet<string>?[] recordTerms;
    private QuotedSources quotations = QuotedSources.None;
    private CommentaryOnItem? commentaryOnItem;

    public PortalIndex(IEnumerable<SearchUnit> units, Abbreviations abbreviations, SearchTerms? terms = null, Func<string, NamedReference?>? references = null)
        : this(units, abbreviations, terms, references, list => Derived.OpenIndex.Of(IndexBuilder.Build(list)))
    {
    }

    /// <summary>An index whose Lucene files are written, or read from where they were kept, by <paramref name="open"/> (<see cref="Derived.IndexFiles"/>).</summary>
    private PortalIndex(IEnumerable<SearchUnit> units, Abbreviations abbreviations, SearchTerms? terms, Func<string, NamedReference?>? references, Func<IReadOnlyList<SearchUnit>, Derived.OpenIndex> open)
    {
        var list = units.ToList();
        this.units = list;
        hits = new SearchHits(list);
        var opened = open(list);
        directory = opened.Directory;
        FilesKept = opened.Kept;
        // Terms and postings read once into arrays (ResidentReader): the terms dictionary and the postings decoder
        // were most of a search.
        reader = ResidentReader.Over(opened.Reader);
        searcher = new KnownTermsSearcher(reader) { Similarity = IndexBuilder.Similarity };
        clauseMatches = new ClauseMatches(searcher);
        Abbreviations = abbreviations;
        Expansions = new QueryExpansions(abbreviations, terms ?? SearchTerms.Empty);
        Hyphenated = new HyphenatedWords(list);
        queries = new QueryBuilder(Expansions, new SubjectTerms(list), Hyphenated, new EditorsHeadings(list));
        this.references = new QueryReferences(references, list);
        relaxations = new QueryRelaxations(clauseMatches, reader, Expansions);
        corrector = new QueryCorrector(Expansions);
        suggestions = new SearchSuggestions(searcher, list, this.references);
        results = new QueryResults(searcher, clauseMatches, hits, new ResultNotes(list, hits));
        Kinds = list.Select(u => u.Kind).Distinct().ToList();
        Documents = list.Select(u => u.DocumentId).Distinct().ToList();
        UnitCount = list.Count;
        ordinals = list.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        recordTerms = new HashSet<string>?[list.Count];
        isSubject = word => !QueryWords.IsFunctionWord(word) && !Expansions.IsGeneral(word);
        textDocFreq = searcher.TextDocFreq;
    }

    /// <summary>Each word's count of units, kept by the word (<see cref="KnownTermsSearcher.TextDocFreq"/>): made once, not a delegate per search.</summary>
    private readonly Func<string, int> textDocFreq;

    /// <summary>Whether a typed word names a subject, for <see cref="NamedTexts"/>: made once, not a closure per search.</summary>
    private readonly Func<string, bool> isSubject;

    /// <summary>The index of a library: its units, the abbreviations it defines and lists, and its references resolved by its address book.</summary>
    public static PortalIndex Build(ContentLibrary library) => Build(library, quotations: true);

    /// <summary>
    /// The index of a library, knowing where the commentaries quote the paper only when asked: an edition builds its
    /// shared wording on another thread at the same time and hands it over (<see cref="Quotations"/>).
    /// </summary>
    public static PortalIndex Build(ContentLibrary library, bool quotations) => Build(library, quotations, null);

    /// <summary>
    /// As <see cref="Build(ContentLibrary, bool)"/>, its Lucene files read from <paramref name="derived"/> when it keeps
    /// them for this library and this code, and kept there when built (<see cref="Derived.IndexFiles"/>).
    /// </summary>
    public static PortalIndex Build(ContentLibrary library, bool quotations, Derived.DerivedCache? derived)
    {
        var index = new PortalIndex(SearchUnits.From(library), Abbreviations.From(library), library.SearchTerms, text => QueryReferences.Read(library.Addresses, text),
            list => Derived.IndexFiles.ReadOrBuild(derived, library.CacheVersion, list));
        if (quotations) index.Quotations = QuotedSources.Of(GsiPortal.Core.CrossReferences.SharedWordingFinder.Find(library));
        return index;
    }

    /// <summary>
    /// A strict search's page of one or two results made only when that page is answered, not before a relaxation
    /// that replaces it (<see cref="Answer"/>); false makes it at once, as before (StrictPageTests compares the two).
    /// </summary>
    internal bool PagesOnlyAnswered { get; set; } = true;

    /// <summary>
    /// Where the commentaries quote the paper: a result matched by its quotation comes after the paper's passage.
    /// Set once, before the index serves a search (an edition sets it from its cross-references).
    /// </summary>
    public QuotedSources Quotations
    {
        get => Volatile.Read(ref quotations);
        set => Volatile.Write(ref quotations, value);
    }

    /// <summary>
    /// A commentary's paragraphs on an item of the paper, for a query asking what it says of the item ("what does Khokhar
    /// say about commitment 4"). Set once, before the index serves a search (an edition sets it from its cross-references);
    /// null, such a query is searched by its words.
    /// </summary>
    internal CommentaryOnItem? CommentaryOnItem
    {
        get => Volatile.Read(ref commentaryOnItem);
        set => Volatile.Write(ref commentaryOnItem, value);
    }

    public Abbreviations Abbreviations { get; }

    /// <summary>The words the texts write with a hyphen, by their closed form: read with the index, never in a request.</summary>
    internal HyphenatedWords Hyphenated { get; }

    /// <summary>Whether the index's Lucene files were read from where a start kept them (<see cref="Derived.IndexFiles"/>), not written by this process.</summary>
    public bool FilesKept { get; }

    /// <summary>What typed words also search: abbreviations, derived forms, paraphrases.</summary>
    public QueryExpansions Expansions { get; }

    /// <summary>The kinds of unit this index holds, in reading order: what the <c>kind</c> filter accepts.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The documents this index holds, in reading order: what the <c>doc</c> filter accepts ("paper", a commentary's id).</summary>
    public IReadOnlyList<string> Documents { get; }
    public int UnitCount { get; }

    /// <summary>
    /// Runs a reader's query. Throws <see cref="InvalidSearchException"/> for a query it refuses. A reference to an
    /// item comes first; then every word must match; a query that finds nothing is corrected where a word is
    /// misspelled, else relaxed (<see cref="QueryRelaxations"/>); one that finds too little (fewer than
    /// <see cref="TooLittle"/>) keeps its results first and the relaxed ones follow.
    /// </summary>
    public SearchResponse Search(SearchRequest request)
    {
        // No search shows more than MaxPage pages, so a page past them is past this search's last: answered as any page
        // past the last is (no results, with how many pages there are), for no more work than the first page. Before,
        // it was refused with "Pages run from 1 to 100", untrue of a search of 11 pages.
        if (request.Page > SearchLimits.MaxPage) return Search(request with { Page = 1 }) with { Page = request.Page, Hits = [] };
        var response = SourcesFirst(Answer(request));
        // QueryResults.Nothing under a filter: how much the same query finds without it (and, if nothing either, each of its words
        // in all the texts), for the page to offer.
        if (response.Total == 0 && (request.Kind is not null || request.Document is not null))
        {
            var unfiltered = Answer(request with { Kind = null, Document = null, Page = 1 });
            response = response with { UnfilteredTotal = unfiltered.Total, Separately = unfiltered.Separately };
        }
        if (response.Query.Contains('"') && ReaderQuery.Unclosed(response.Query) is { } unclosed) response = response with { Unclosed = unclosed };
        // Asked of the query as typed: the one searched may be read otherwise ("sec?rity" searched as "secrity").
        if (ReaderQuery.Clean(request.Query) is var typed && QueryNotes.MayHave(typed) && QueryNotes.Of(ReaderQuery.Parse(typed), letters => queries.Prefix(letters, reader).Terms) is { Count: > 0 } notes)
            response = response with { Notes = notes };
        return IsOtherScript(response.Query) ? response with { OtherScript = true } : response;
    }

    /// <summary>
    /// The paper's own passage before a commentary result that matched the query by quoting it, on this page
    /// (<see cref="QuotedSources"/>); a passage that lacks a word moved before a result holding every word is counted
    /// in <see cref="Relaxation.Sources"/>, so that the page lists it with them.
    /// </summary>
    private SearchResponse SourcesFirst(SearchResponse response)
    {
        var known = Quotations;
        // Where the query names the commentaries, the paper's passages follow them all, quoted or not.
        if (known.Count == 0 || response.ReferenceFirst || response.Hits.Count < 2 || response.NamedFirst == TextsNamed.Commentaries) return response;
        var strict = response.Relaxed is { AfterStrict: true } r ? Math.Max(0, r.Strict + r.Sources - (response.Page - 1) * SearchLimits.PageSize) : response.Hits.Count;
        var marks = response.MarkTerms;
        var (hitsFirst, intoStrict) = known.SourcesFirst(response.Hits, strict,
            hit => HeldTerms(ordinals[hit.Id], marks),
            (hit, term) => Places(ordinals[hit.Id], term),
            term => searcher.TextDocFreq(term) >= QueryRelaxations.CommonShare * reader.NumDocs);
        if (ReferenceEquals(hitsFirst, response.Hits)) return response;
        return response with { Hits = hitsFirst, Relaxed = response.Relaxed is { } how && intoStrict > 0 ? how with { Sources = how.Sources + intoStrict } : response.Relaxed };
    }

    /// <summary>What the page's results hold of a query's words, none side by side (<see cref="WordsApart"/>).</summary>
    /// <remarks>Only a query of plain words, each one clause with its own term, is said to be apart (<see cref="BuiltQuery.Together"/>).</remarks>
    private Lazy<WordsApart> Apart(IReadOnlyList<SearchHit> shown, ReaderQuery query) => new(() => Apart(shown, query.Groups[0]));

    /// <summary>The same, of a page made later (<see cref="Paged"/>): read when asked, from the page the answer holds.</summary>
    private Lazy<WordsApart> Apart(StrongBox<IReadOnlyList<SearchHit>> later, ReaderQuery query) =>
        new(() => Apart(later.Value ?? throw new InvalidOperationException("The words' notice was read before its page was made."), query.Groups[0]));

    private WordsApart Apart(IReadOnlyList<SearchHit> shown, IReadOnlyList<QueryClause> words)
    {
        var page = new int[shown.Count];
        for (var i = 0; i < page.Length; i++) page[i] = ordinals[shown[i].Id];
        return GsiPortal.Core.Search.WordsApart.Of(page, words, hits.Tokens, o => units[o].Text, n => shown[n].Note.IndexedUnder);
    }

    /// <summary>
    /// A strict response whose page was left for later (<paramref name="later"/> not null: see <see cref="Answer"/>), with
    /// it, where that response is the one answered; the words' notice, if any, reads it from <paramref name="later"/>.
    /// </summary>
    private SearchResponse Paged(SearchResponse response, BuiltQuery built, Collected strict, SearchRequest request, StrongBox<IReadOnlyList<SearchHit>>? later)
    {
        if (later is null) return response;
        var paged = results.WithPage(response, built, strict, request);
        later.Value = paged.Hits;
        return paged;
    }

    /// <summary>The searched words a unit holds in its text, headings, section heading or record.</summary>
    private HashSet<string> HeldTerms(int ordinal, IReadOnlySet<string> marks)
    {
        var unit = units[ordinal];
        var tokens = hits.Tokens(ordinal);
        var held = marks.Where(t => tokens.Of(t).Length > 0).ToHashSet(StringComparer.Ordinal);
        var other = LazyInitializer.EnsureInitialized(ref recordTerms[ordinal], () => RecordTerms(unit));
        foreach (var term in marks)
            if (other.Contains(term)) held.Add(term);
        return held;
    }

    private static HashSet<string> RecordTerms(SearchUnit unit)
    {
        var other = string.Join(" · ", new[] { unit.TitleIsSearchable ? unit.Title : "", unit.Headings, unit.Section, unit.Record }.Where(s => s.Length > 0));
        return other.Length == 0 ? [] : TextAnalysis.Terms(other).ToHashSet(StringComparer.Ordinal);
    }

    private IEnumerable<(int Start, int End)> Places(int ordinal, string term)
    {
        var tokens = hits.Tokens(ordinal);
        var places = new List<(int, int)>();
        foreach (var i in tokens.Of(term)) places.Add((tokens.Tokens[i].Start, tokens.Tokens[i].End));
        return places;
    }

    /// <summary>Why a query of excluded words only is refused, naming them, with a query that would run.</summary>
    private static string OnlyExcluded(ReaderQuery query)
    {
        var excluded = query.Groups.SelectMany(g => g)
            .Select(c => c.Kind switch { QueryClauseKind.Phrase => $"\"{c.Text}\"", QueryClauseKind.Prefix => c.Text + "*", _ => c.Text }).Distinct().ToList();
        var named = string.Join(", ", excluded.Take(5).Select(e => $"“{e}”")) + (excluded.Count > 5 ? ", …" : "");
        var left = excluded[0].Trim('"').Split(' ')[0];
        var example = $"{(left.Equals("peace", StringComparison.OrdinalIgnoreCase) ? "security" : "peace")} -{left}";
        return $"A search cannot be only of excluded words: the query leaves out {named} but names nothing to find. "
            + $"Add a word to search for, as in “{example}”, or remove the minus sign to search for {(excluded.Count == 1 ? "it" : "them")}.";
    }

    /// <summary>More than half of the letters outside the Latin script: a query in Chinese, Russian, Arabic…</summary>
    internal static bool IsOtherScript(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
            if (!char.IsLetter(c)) continue;
            else if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin++; else other++;
        return other > latin;
    }

    /// <param name="request">The search.</param>
    /// <param name="correcting">True when <paramref name="request"/> is already a query's spelling correction: it is not corrected again.</param>
    /// <param name="correctedWords">With <paramref name="correcting"/>: the words the correction changed, as it writes them.</param>
    /// <param name="withoutAbsent">True when <paramref name="request"/> is already a query's words found somewhere, its
    /// words found nowhere left out (<see cref="AnswersWithoutAbsent"/>): nothing is left out again.</param>
    private SearchResponse Answer(SearchRequest request, bool correcting = false, IReadOnlyList<string>? correctedWords = null, bool withoutAbsent = false)
    {
        var cleaned = ReaderQuery.Clean(request.Query);
        if (cleaned.Length > SearchLimits.MaxQueryLength)
            throw new InvalidSearchException($"The query is {cleaned.Length} characters long; searches are limited to {SearchLimits.MaxQueryLength}.") { OverLimit = true };
        if (request.Kind is { } kind && !Kinds.Contains(kind))
            throw new InvalidSearchException($"Unknown kind '{kind}'. Kinds are: {string.Join(", ", Kinds)}.") { Unknown = new(SearchFilter.Kind, $"Unknown kind '{kind}'.", Kinds) };
        if (request.Document is { } document && !Documents.Contains(document))
            throw new InvalidSearchException($"Unknown document '{document}'. Documents are: {string.Join(", ", Documents)}.") { Unknown = new(SearchFilter.Document, $"Unknown document '{document}'.", Documents) };
        if (request.Page < 1)
            throw new InvalidSearchException("Pages are numbered from 1.");
        var query = ReaderQuery.Parse(cleaned);
        if (query.ClauseCount > SearchLimits.MaxClauses)
            throw new InvalidSearchException($"The query has {query.ClauseCount} words and phrases; searches are limited to {SearchLimits.MaxClauses}.") { OverLimit = true };
        // "-security" alone names what to leave out and nothing to find: it found nothing, and said nothing of why.
        if (query.ClauseCount > 0 && !query.HasPositiveClause)
            throw new InvalidSearchException(OnlyExcluded(query));

        // Before a reference at its start: "commitment 4 Khokhar" asks for Khokhar's paragraphs on the commitment.
        if (request.Kind is null && request.Document is null && CommentaryOnItem?.Read(cleaned) is { } asked)
            return OnItem(Run(query, request), asked, request);
        if (references.Find(cleaned) is { } referenced)
            return WithReference(Run(query, request), referenced.Ordinal, referenced.Named, request);

        // "what does the paper say about the UN": "paper" says where to look, not what for (NamedTexts).
        var named = TextsNamed.None;
        if (request.Kind is null && request.Document is null)
            (query, named) = NamedTexts.Of(query, isSubject);
        var built = queries.Build(query, searcher.IndexReader);
        // "counterterrorism cooperation": a word in very many units, beside rarer words, is not required (QueryRelaxations.Dispensable),
        // where that lets in units enough to stand without relaxing (else the relaxations below say what they left out).
        if (relaxations.Dispensable(built) is { Count: > 0 } dispensable)
        {
            var required = QueryRelaxations.Except([.. built.Clauses], [.. dispensable]);
            if (clauseMatches.MostMatches(required) is var more and >= TooLittle && more > clauseMatches.MostMatches(built.Clauses)) built.Dispense(dispensable);
        }
        // "terrorism cooperation": the item the editors file under the query's subject stands without its everyday words.
        if (built.Dispensed.Count == 0 && relaxations.FiledUnderSubject(built) is { } filed) built.File(filed);
        // A query whose words no unit holds all of finds nothing: known from each word's kept matches, without searching.
        var strict = built.Relaxable && built.Filed.Count == 0 && clauseMatches.MostMatches(built.RequiredClauses) == 0 ? QueryResults.Nothing
            : results.Collect(built.Query, null, request, Matches(built) || built.Dispensed.Count > 0 || built.Filed.Count > 0, built.TogetherWithinStrict ? built.Together : null, named, built.Titled);
        // One or two units found, where a relaxation usually answers instead (it needs at least one more): their snippets
        // and notes are made only where this response is the one answered (Paged), and the words' notice below reads
        // them from there. Made at once, a relaxed answer to a third of load.sh's queries cut them and threw them away.
        var pageLater = PagesOnlyAnswered && strict.Total is > 0 and < TooLittle && built.Relaxable;
        var response = results.Respond(query.Text, built, built.Query, strict, request, withPage: !pageLater);
        var laterPage = pageLater ? new StrongBox<IReadOnlyList<SearchHit>>() : null;
        // Copied only when something was named: a response is a large record, and most queries name nothing.
        if (named != TextsNamed.None) response = response with { NamedFirst = named };
        if (built.Dispensed.Count > 0 || built.Filed.Count > 0) response = response with { NotRequired = NotRequiredOf(built, strict.Matched) };
        // "human rights": both words are found, never together — the reader should not take the results for the phrase.
        // Counted by the strict search itself where it can be; else asked of Lucene (whole queries recur far less
        // than their words: not kept).
        var togetherCount = response.Total > 0 && built.Together is { } together ? (strict.TogetherCount >= 0 ? strict.TogetherCount : Count(together)) : -1;
        if (togetherCount == 0)
            response = response with { WordsApart = true, ApartOf = laterPage is null ? Apart(response.Hits, query) : Apart(laterPage, query) };
        // A correction relaxed only where a word the texts never write keeps its words apart ("terrorism and extremism":
        // no passage says "extremism"). Where every corrected word is found and none together, the guess made a query
        // the texts do not bear out, and relaxing it answers the guess: "all countries are in one boat" became "… one
        // boao" and listed the Boao Forum, "should weapons be banned from space" became "banner".
        // Unless the words corrected are no words of English WordNet knows and a word of the subject typed right meets
        // them in a unit: "artifical inteligence military use" is borne out by priority 15, which holds "artificial
        // intelligence" and "military" (it found nothing, and was said to find "artifical" nowhere; a fresh-eyes
        // review), where "boao" meets no word of "all countries are in one boat" but the common "countries", and
        // "built" ("security built on morality and justice") is a form of "build", not a slip.
        // Its words are still offered one by one as corrected (WithSeparately), so that the query as typed, whose slips
        // are found nowhere, does not name more words found nowhere than the correction (review 22, D1).
        if (correcting && response.Total == 0 && built.Clauses.All(c => c.IsFunctionWord || clauseMatches.Of(c.Query).Cardinality > 0)
            && !CorrectionBorneOut(built, correctedWords))
            return WithSeparately(Paged(response, built, strict, request, laterPage), query, built, request);
        // A word the texts never write, with a close one they do: searched as corrected whenever that finds at least as
        // much, and said so, with the reader's own spelling a link away (the words quoted, which are not corrected while
        // they find something). One rule for "sovereignity", which found the two passages saying "Sovereign" by its stem
        // and was offered "did you mean", and "indivisable", which found "indivisible" by its stem and was said nothing.
        SearchResponse? correctedNothing = null;
        if (!correcting && !withoutAbsent && corrector.Correct(searcher.IndexReader, query, phrases: response.Total == 0, searchedOtherwise: built.Expansions) is { } correction)
        {
            if (response.Total == 0)
            {
                // Found nothing: the corrected query answered as any query is, relaxed where its words are not all found
                // together. Its strict search alone left "terorism and extremism" with nothing (no passage says
                // "extremism"; "terrorism" finds eleven) and "outer spce weapons" with one result where "outer space
                // weapons" finds two.
                var answered = Answer(request with { Query = correction.Text }, correcting: true, correction.Words);
                // A guess two edits away is answered only where the corrected words are found together: relaxed, it
                // answered "what is the capital of france" with six passages saying "face" (a fresh-eyes review), the
                // guessed word alone. A slip of one edit ("terorism and extremism") is relaxed as above.
                // Nor is a guess answered without a word found nowhere: one leap from the words typed, not two.
                if (answered.Total > 0 && !(correction.Distant && (answered.Relaxed is { AfterStrict: false } || answered.Dropped.Count > 0)))
                    return answered with { Query = cleaned, Corrected = correction.Text, SearchedCorrected = true, CorrectedWords = correction.Changes ?? [] };
                // A slip corrected that finds nothing either, beside a word the texts never use ("Ukrane ceasefire"): said
                // as corrected, and its words offered one by one as corrected ("ukraine (4 results)"), unless the words
                // as typed find something relaxed. It was answered as typed, "Ukrane (found nowhere)", though "Ukrane"
                // alone is corrected (a fresh-eyes review). And where the corrected words are each found but never together
                // ("is china agianst militery alliances": "is china against military alliances" finds nothing, though
                // "against" and "military" do): the page named the slips "found nowhere", and the meaning path read them as
                // typed and found nothing (review 22, D1); answered as corrected, it reads the words corrected.
                // Only a slip, no word of English WordNet knows ("held", corrected to "hold", is a form of it, and the words
                // as typed, read by the model, find platform 4 for "defence forums held in Beijing").
                if (answered.Total == 0 && !correction.Distant && (answered.Separately.Any(f => f.Units == 0) || correction.Words is not null && answered.Separately.Count > 0))
                    correctedNothing = answered with { Query = cleaned, Corrected = correction.Text, SearchedCorrected = true, CorrectedWords = correction.Changes ?? [] };
            }
            else if (Run(ReaderQuery.Parse(correction.Text), request) is { Total: var found } corrected && found >= response.Total)
                return corrected with { Query = cleaned, Corrected = correction.Text, SearchedCorrected = true, AsTyped = correction.AsTyped, CorrectedWords = correction.Changes ?? [] };
        }
        if (response.Total >= TooLittle) return Paged(response, built, strict, request, laterPage);
        // Fewer under a filter than the words allowed without it: the results already do without the common words, and a
        // relaxation's "holding every word" would not be true of them.
        if (built.Dispensed.Count > 0) return Paged(response, built, strict, request, laterPage);
        // A name typed as one, every word capitalised ("Our Common Agenda"), and found so: relaxing would only add
        // units holding one of its words ("2030 Agenda").
        if (togetherCount > 0 && IsTitleCase(cleaned)) return Paged(response, built, strict, request, laterPage);

        if (!built.Relaxable) return WithSeparately(Paged(response, built, strict, request, laterPage), query, built, request);
        // Nothing: any relaxed result will do. Too little: only a relaxation that finds clearly more.
        // One result for several words is almost nothing: any unit more is worth showing after it ("what role should the
        // UN play in global security": Khokhar ¶9 alone holds every word; priority 1, "a bigger UN role", most).
        // Counted as the units holding every word where items filed under the subject stood without some ("food security
        // issues": priority 18 holds all three, Khokhar ¶9 is filed under "food security"; the relaxation without "issues"
        // still adds Dong Chunling ¶11 after them, as before review 24's D4).
        var holdingAll = built.Filed.Count > 0 ? Math.Min(response.Total, clauseMatches.MostMatches(built.Clauses)) : response.Total;
        var needed = holdingAll == 0 ? 1 : holdingAll == 1 ? 2 : Math.Max(TooLittle, holdingAll + ClearlyMore);
        // The strict results of every page (at most two), to put first and leave out of the relaxed ones.
        var first = request.Page == 1 ? strict.Top : results.Collect(built.Query, null, request with { Page = 1 }, named: named, titled: built.Titled).Top;
        SearchResponse? taken = null;
        var lead = first;
        // Where the words found nothing, relaxation's step 2 says which unit came nearest to its floor (for the meaning path).
        var belowFloor = response.Total == 0 ? new System.Runtime.CompilerServices.StrongBox<int>(-1) : null;
        foreach (var plan in relaxations.Of(built, cleaned, belowFloor, strictFoundNothing: response.Total == 0))
        {
            // Cannot find enough: passed over without searching, as the search would have been.
            if (plan.MostMatches < needed) continue;
            // Its matches kept: the page names only the words some result lacks (RelaxedWords.Lacking).
            // And where it requires only some of the words: the page says how many other passages hold some of them.
            var relaxed = results.Collect(plan.Query, plan.Allowed, request, Matches(built) || plan.How.NotRequired.Count > 0 || plan.How.MostOf, named: named, titled: built.Titled);
            if (relaxed.Total < needed) continue;
            var ranked = lead.Concat(relaxed.Top.Where(r => !lead.Any(f => f.Unit == r.Unit))).ToList();
            var total = Math.Max(relaxed.Total, ranked.Count);
            // The named side's results of this plan before the other side's found by the strict search or an earlier
            // plan; counted with the strict run (and said on each) only where they are moved into it.
            var ahead = NamedAhead(ranked, lead.Count, named);
            var intoStrict = ahead.Count > 0 && ahead[0] < response.Total ? ahead : [];
            taken = results.Respond(query.Text, built, plan.Query, new Collected(total, relaxed.KindCounts, relaxed.DocumentCounts, ranked, relaxed.Matched), request)
                with { Relaxed = RelaxedWords.WithOthers(RelaxedWords.Lacking(plan.How, built, relaxed.Matched, clauseMatches), built, relaxed.Matched, clauseMatches, request.Kind is not null || request.Document is not null) with { Strict = response.Total, Sources = intoStrict.Count }, NamedFirst = response.NamedFirst };
            if (intoStrict.Count > 0) taken = MarkedAhead(taken, intoStrict, request.Page);
            if (total >= TooLittle) return taken;
            // Still too little ("what role should the UN play…": one unit holds all but the question word): the next
            // relaxation may find more, which follow these.
            lead = ranked;
            needed = total + 1;
        }
        if (taken is not null) return taken;
        var nothing = WithSeparately(Paged(response, built, strict, request, laterPage), query, built, request, belowFloor is null ? null : cleaned);
        // Only where the correction finds words the query as typed does not: "defence", searched as "defense" already
        // (SpellingVariants), is no slip to say corrected.
        // Or fewer of them found nowhere: a correction that makes a name of its words ("shanghai cooperation organization",
        // one phrase) finds fewer words one by one, though it found the word the reader misspelt (review 22, D1).
        // Or as many, where a word corrected is a slip its stem found anyway ("climat", stemmed as "climate" is): the
        // meaning path reads the words corrected, not the slip. Not the other spelling of English alone ("defence"),
        // which the words as typed searched already, and which is no slip to say corrected.
        if (correctedNothing is not null && (Found(correctedNothing.Separately) > Found(nothing.Separately) || Absent(correctedNothing.Separately) < Absent(nothing.Separately)
            || Found(correctedNothing.Separately) == Found(nothing.Separately) && Absent(correctedNothing.Separately) == Absent(nothing.Separately) && correctedNothing.CorrectedWords.Any(c => !IsOtherSpelling(c))))
            return correctedNothing;
        // "disagreements between countries over the sea": a reader's own everyday word the texts never write, beside more
        // words of the subject that they do, is left out, the rest searched, and the page says so (AnswersWithoutAbsent).
        // A query's spelling correction too ("rol of shanghai coopration organisation": "coopration" corrected, "rol" no
        // slip of any word, and left out): each word corrected that can be, the rest answered without (review 22, D1).
        // And a query as typed whose found words are one subject of several words ("hackers and cyber attacks": "cyber
        // attacks" found, "hackers" nowhere), as the corrected one is (review 23, D3; the twenty-ninth turn).
        if (!withoutAbsent && (nothing.WithoutAbsent ?? OneNameFound(nothing)) is { } rest && AnswersWithoutAbsent(built, correcting) is { Count: > 0 } dropped)
        {
            var answered = Answer(request with { Query = rest.Query }, withoutAbsent: true);
            // The rest is the site's search, not the reader's: not corrected (above), and its words-apart notes only
            // where the reader typed its words side by side.
            if (answered.Total > 0)
                return AnsweredWithout.WithoutApartNotes(answered, cleaned, rest.Query) with { Query = cleaned, Dropped = dropped, WithoutAbsent = rest };
        }
        if (nothing.Total > 0 || belowFloor is not { Value: >= 0 and var doc }) return nothing;
        var ordinal = (int)MultiDocValues.GetNumericValues(reader, SearchFields.Ordinal).Get(doc);
        return nothing with { NearestByWords = units[ordinal].Id, NearestByWordsAtOf = new(() => SnippetAt(ordinal, built)) };
    }

    /// <summary>
    /// A query naming where to look (<see cref="NamedTexts"/>), answered by too little and relaxed after it: the named
    /// side's results of a relaxation moved up before the other side's that lead it (the strict search's, or an earlier
    /// relaxation's), so that the page keeps its promise that the side named is listed first. "does the paper mention
    /// ukraine war" listed Dong Chunling ¶10 and Ovais Ali Khokhar ¶11 (a first relaxation found only them, holding
    /// "Ukraine" and "war") and then priority 5, the paper's Ukraine crisis, under a note that the paper's passages come
    /// first (review 21, D2). Reordered in place; returns the positions in <paramref name="ranked"/> of the results moved.
    /// </summary>
    private List<int> NamedAhead(List<(int Unit, float Score)> ranked, int leading, TextsNamed named)
    {
        if (named == TextsNamed.None || leading <= 0) return [];
        bool Named((int Unit, float Score) r) => (units[r.Unit].Kind == UnitKinds.Commentary) == (named == TextsNamed.Commentaries);
        var strict = Math.Min(leading, ranked.Count);
        var firstOther = ranked.FindIndex(0, strict, r => !Named(r));
        if (firstOther < 0) return [];
        var moved = ranked.Skip(strict).Where(Named).ToList();
        if (moved.Count == 0) return [];
        var rest = ranked.Skip(strict).Where(r => !Named(r)).ToList();
        var leadNamed = ranked.GetRange(firstOther, strict - firstOther).Where(Named).ToList();
        var leadOthers = ranked.GetRange(firstOther, strict - firstOther).Where(r => !Named(r)).ToList();
        ranked.RemoveRange(firstOther, ranked.Count - firstOther);
        ranked.AddRange(leadNamed);
        ranked.AddRange(moved);
        ranked.AddRange(leadOthers);
        ranked.AddRange(rest);
        return Enumerable.Range(firstOther + leadNamed.Count, moved.Count).ToList();
    }

    /// <summary>The results moved up by <see cref="NamedAhead"/> that this page shows, marked so that the page says why they stand there.</summary>
    private static SearchResponse MarkedAhead(SearchResponse response, List<int> ahead, int page)
    {
        var from = (page - 1) * SearchLimits.PageSize;
        var hits = response.Hits.Select((h, i) => ahead.Contains(from + i) ? h with { NamedAhead = true } : h).ToList();
        return response with { Hits = hits };
    }

    /// <summary>
    /// For tuning (bench/GsiPortal.Benchmarks, lack-dump): each clause of a query as built, how many units hold it, and
    /// whether the unit <paramref name="id"/> holds it.
    /// </summary>
    internal IReadOnlyList<(string Text, string Alone, bool Function, int Df, bool Held, bool General, bool English, bool ByRelatives)> Holding(string typed, string id)
    {
        var built = queries.Build(ReaderQuery.Parse(ReaderQuery.Clean(typed)), searcher.IndexReader);
        var doc = DocOf(id);
        return built.Clauses.Select(c => (c.Text, c.Alone, c.IsFunctionWord, clauseMatches.Of(c.Query).Cardinality, clauseMatches.Of(c.Query).Get(doc),
            Expansions.IsGeneral(c.Text) || clauseMatches.Of(c.Query).Cardinality == 0 && Expansions.IsComparativeOfGeneral(c.Text), Expansions.IsEnglish(c.Text), c.ByRelatives)).ToList();
    }

    /// <summary>For tuning (bench/GsiPortal.Benchmarks, why): Lucene's account of the strict query's score for the unit <paramref name="id"/>, before the paper's factor.</summary>
    internal string Explained(string typed, string id)
    {
        var built = queries.Build(ReaderQuery.Parse(ReaderQuery.Clean(typed)), searcher.IndexReader);
        return searcher.Explain(built.Query, DocOf(id)).ToString();
    }

    /// <summary>
    /// For tuning (bench/GsiPortal.Benchmarks, floor): what the unit <paramref name="id"/> holds of a query's words,
    /// weighed as relaxation's floor weighs them (null where the floor does not weigh the query).
    /// </summary>
    internal HeldWords? Weighed(string typed, string id)
    {
        var cleaned = ReaderQuery.Clean(typed);
        return relaxations.Held(queries.Build(ReaderQuery.Parse(cleaned), searcher.IndexReader), cleaned, DocOf(id));
    }

    /// <summary>
    /// Whether some unit holds every clause the correction changed together with a word of the subject the reader typed
    /// right (not a function word; not found in a quarter or more of the units, unless every word corrected is a slip
    /// of a word that has no other spelling of English, the twenty-ninth turn): two independent signals that the
    /// correction is what was meant, where the corrected query's words are all found but never all together. Read from
    /// the clauses' kept matches; asked only of a correction that found nothing strictly.
    /// </summary>
    private bool CorrectionBorneOut(BuiltQuery built, IReadOnlyList<string>? corrected)
    {
        if (corrected is not { Count: > 0 }) return false;
        FixedBitSet? together = null;
        var others = new List<FixedBitSet>();
        var slips = true;
        foreach (var word in corrected)
            if (SpellingVariants.OtherSpellings(word).Any()) slips = false;
        foreach (var clause in built.Clauses)
        {
            if (clause.IsFunctionWord) continue;
            var matches = clauseMatches.Of(clause.Query);
            if (clause.Text.Split(' ').Any(w => corrected.Contains(w.ToLowerInvariant())))
            {
                if (together is null) together = (FixedBitSet)matches.Clone();
                else together.And(matches);
            }
            // A word found in a quarter of the units bears out only a slip ("chinas view on soverignty": Khokhar ¶1 holds
            // "China" and "sovereignty"): the guard against a common word is for a guess at a word of English the texts
            // lack, which is no slip, and for which Words is null ("boat" → "boao" meets only "countries"). Not where a
            // word corrected is one of the other spelling of English ("neighbouring" → "neighboring"): no slip either.
            else if (slips || matches.Cardinality < QueryRelaxations.CommonShare * reader.NumDocs) others.Add(matches);
        }
        return together is not null && others.Any(o => FixedBitSet.IntersectionCount(together, o) > 0);
    }

    /// <summary>The document number of the unit <paramref name="id"/> (a look through the few units' ordinals).</summary>
    private int DocOf(string id)
    {
        var ordinal = ordinals[id];
        var values = MultiDocValues.GetNumericValues(reader, SearchFields.Ordinal);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            if (values.Get(doc) == ordinal) return doc;
        throw new ArgumentException($"No unit '{id}' in this index.", nameof(id));
    }

    /// <summary>Where a unit's snippet for the query's words opens: the sentence a passage found where the words and the model agree is shown by.</summary>
    private int SnippetAt(int ordinal, BuiltQuery built)
    {
        var rarity = TermRarity.Of(reader.NumDocs, built.MarkTerms, textDocFreq).For(built.Clauses);
        return SnippetBuilder.ForHit(units[ordinal].Text, hits.Tokens(ordinal), built.MarkAlone, built.MarkPhrases, rarity, built.MarkCapitals, built.MarkBegun).Offset;
    }

    /// <summary>
    /// A query of two or more words, all required, that found nothing even relaxed ("hegemony africa": no passage
    /// holds both, and neither outweighs the other enough to stand for the query): each word's own count, for the
    /// page to offer (a word found nowhere is listed too, with none). Counted in all the texts: under a filter,
    /// <see cref="Search"/> takes them from the unfiltered query.
    /// </summary>
    /// <remarks>
    /// <c>weighed</c>: where relaxation's step 2 weighed the words and found nothing, the query as searched. The answer
    /// then says what any unit holds of them (<see cref="SearchResponse.HeldBy"/>), worked out only when the meaning
    /// path asks it of its nearest passage; set in the same copy, so that a query that found nothing is copied no more
    /// often than before (the twelfth turn).
    /// </remarks>
    private SearchResponse WithSeparately(SearchResponse response, ReaderQuery query, BuiltQuery built, SearchRequest request, string? weighed = null)
    {
        if (response.Total > 0 || request.Kind is not null || request.Document is not null) return response;
        if (query.Groups is not [var group] || group.Any(c => c.Occur != ClauseOccur.Must)) return response;
        var meaningful = built.Clauses.Where(c => !c.IsFunctionWord).ToList();
        if (meaningful.Count == 0) return response;
        // Each word as the link searches it alone, which names no subject term of several words ("Strait" of "Taiwan Strait").
        var found = meaningful.DistinctBy(c => c.Alone).Select(c => new FoundAlone(c.Text, c.Alone, clauseMatches.Of(c.Unindexed).Cardinality)).ToList();
        // One word of substance among a question's function words ("what does the paper say about NATO"): named where the
        // texts never write it, as a word typed alone is ("No passage mentions NATO"); it said "Nothing matched" (review 20).
        // A word typed alone ("Tibet") is said so by the page already.
        if (found.Count == 1 && (found[0].Units > 0 || built.Clauses.Count == 1)) return response;
        response = response with { Separately = found, WithoutAbsent = WithoutAbsent(found, request) };
        return weighed is null ? response : response with { HeldBy = HeldBy(built, weighed) };
    }

    /// <summary>
    /// The query's found words searched together without its words found nowhere, when that finds something: "bloc
    /// confrontation NATO" found nothing (no text names NATO) and the page listed "bloc", "confrontation" and "NATO
    /// (found nowhere)" one by one, where "bloc confrontation" finds commitment 3 and five more (a fresh-eyes review).
    /// Offered, not answered: a word found nowhere is often what was asked ("NATO expansion", "space tourism"), so the
    /// results of the rest are a link the reader chooses. Two found words at least: one is linked in the list already.
    /// Only on a page that found nothing, so the one more search is rare.
    /// </summary>
    private FoundAlone? WithoutAbsent(List<FoundAlone> words, SearchRequest request)
    {
        if (!words.Exists(w => w.Units == 0)) return null;
        var kept = words.Where(w => w.Units > 0).Select(w => w.Query).ToList();
        if (kept.Count < 2) return null;
        var text = string.Join(' ', kept);
        var built = queries.Build(ReaderQuery.Parse(text), searcher.IndexReader);
        if (built.IsEmpty) return null;
        var total = results.Collect(built.Query, null, request with { Page = 1 }).Total;
        return total > 0 ? new FoundAlone(text, text, total) : null;
    }

    /// <summary>
    /// The words found nowhere that a query which found nothing, even relaxed, is answered without (its other words,
    /// <see cref="SearchResponse.WithoutAbsent"/>, searched instead), or none. Only where each is typed without a capital
    /// (a name the texts lack, "NATO", "Zelensky", is what was asked) and none is a word relaxation already weighs lightly
    /// ("poorer": the search was emptied by the rest), the words of the subject the texts do write (found,
    /// one of them at least typed without a capital, so that the rest is more than a name: "Belt and Road debt"),
    /// not function words nor of general English; "China" and "countries" count) outnumber them, and the query does not
    /// ask for a number ("how many aircraft carriers does China have": the thing to count is the word found nowhere).
    /// "disagreements between countries over the sea" found nothing, "disagreements" weighing most; without it,
    /// priority 11 (trans-boundary rivers, maritime disputes) is first. Measured on the tuning file (docs/search.md, the
    /// twenty-fifth turn): answering without any word found nowhere, or without lowercase words beside fewer found ones,
    /// put passages under no-answer queries ("NATO expansion" and "Xi Jinping's visit to Washington" among twelve).
    /// </summary>
    /// <param name="built">The query as built.</param>
    /// <param name="corrected">The query is a spelling correction's (review 22, D1): its found words count as the
    /// texts' words however the texts write them. A subject of several words found counts each of its words, corrected
    /// ("rol of shanghai cooperation organization": three found, one found nowhere) or as typed ("hackers and cyber
    /// attacks": two found, one nowhere; review 23, D3, the twenty-ninth turn), as they would typed apart.</param>
    private IReadOnlyList<string> AnswersWithoutAbsent(BuiltQuery built, bool corrected = false)
    {
        List<string>? absent = null;
        var subject = 0;
        var plain = false;
        foreach (var clause in built.Clauses)
        {
            if (clause.IsFunctionWord) continue;
            if (clauseMatches.Of(clause.Unindexed).Cardinality > 0)
            {
                // A name of several words counts each ("shanghai cooperation organization", one clause, three words).
                if (!Expansions.IsGeneral(clause.Text)) { subject += SubjectWords(clause); plain |= !clause.Alone.Any(char.IsUpper) && (corrected || LowerCaseSubject(clause)); }
                continue;
            }
            // A name, or a word relaxation already weighs lightly (of general English, either list: "poorer", "money"),
            // which did not empty the search: the rest found too little with it.
            if (clause.Alone.Any(char.IsUpper) || Expansions.IsEnglish(clause.Text) || Expansions.IsGeneral(clause.Text) || Expansions.IsComparativeOfGeneral(clause.Text)) return [];
            absent ??= [];
            if (!absent.Contains(clause.Alone)) absent.Add(clause.Alone);
        }
        // The rest must say more than a name: "Belt and Road debt" asks about the initiative's debts, and "Belt Road" alone
        // answers with the initiative (Lei Kezhong ¶1). A name typed in lower case is a name still: "tourism between china
        // and africa" answered "china africa" with priority 8 and the China-Africa forum (the twenty-seventh turn), so a
        // word counts only where the texts too write it in lower case (AnsweredWithout.WrittenInLowerCase) — but in a
        // corrected query, whose rest may be one name of several words by design ("rol of shanghai coopration organisation").
        if (absent is null || subject <= absent.Count || !plain) return [];
        return QueryBuilder.AsksForQuantity(built.Clauses.Select(c => c.Text)) ? [] : absent;
    }

    /// <summary>
    /// Where a corrected query's words found somewhere are one name of several words ("shanghai cooperation
    /// organization"), that name as the rest to answer with: <see cref="SearchResponse.WithoutAbsent"/> offers two found
    /// words at least, since one is linked in the list already.
    /// </summary>
    private static FoundAlone? OneNameFound(SearchResponse nothing) =>
        nothing.Separately.Where(f => f.Units > 0).ToList() is [{ } name] && name.Query.IndexOf(' ') > 0 && nothing.Separately.Any(f => f.Units == 0) ? name : null;

    /// <summary>
    /// Whether the texts write a found clause in lower case: every word of it, or, for a subject of several words found
    /// by its forms ("cyber attacks": the texts write "cyber threats", "cybersecurity", never "attacks"), one word of it
    /// at least that is no function word. A name typed in lower case is a name still ("china africa"; the twenty-seventh
    /// turn): each of its words is written only capitalised.
    /// </summary>
    private bool LowerCaseSubject(BuiltClause clause)
    {
        var stems = lowerCaseStems ??= AnsweredWithout.StemsWrittenInLowerCase(units.Select(u => u.Text));
        if (AnsweredWithout.WrittenInLowerCase(clause.Text, stems)) return true;
        if (SubjectWords(clause) < 2) return false;
        foreach (var word in clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!QueryWords.IsFunctionWord(word) && AnsweredWithout.WrittenInLowerCase(word, stems)) return true;
        return false;
    }

    /// <summary>The words of a found clause that are not function words ("Shanghai Cooperation Organization": three; "Horn of Africa": two).</summary>
    private static int SubjectWords(BuiltClause clause)
    {
        if (clause.Text.IndexOf(' ') < 0) return 1;
        var words = 0;
        foreach (var word in clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!QueryWords.IsFunctionWord(word)) words++;
        return Math.Max(1, words);
    }

    // Apart, so that the closure is allocated only where it is made, not on every call of WithSeparately.
    private Func<string, HeldWords?> HeldBy(BuiltQuery built, string weighed) => id => relaxations.Held(built, weighed, DocOf(id));

    /// <summary>A word corrected to its other spelling of English ("defence", "defense"), not a slip.</summary>
    private static bool IsOtherSpelling(WordCorrected word) =>
        SpellingVariants.OtherSpellings(word.Typed.ToLowerInvariant()).Contains(word.Corrected, StringComparer.OrdinalIgnoreCase);

    private static int Absent(IReadOnlyList<FoundAlone> words)
    {
        var absent = 0;
        foreach (var word in words)
            if (word.Units == 0) absent++;
        return absent;
    }

    private static int Found(IReadOnlyList<FoundAlone> words)
    {
        var found = 0;
        foreach (var word in words)
            if (word.Units > 0) found++;
        return found;
    }

    /// <summary>Two or more words, each capitalised but for short function words ("Horn of Africa", "Our Common Agenda").</summary>
    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && char.IsUpper(words[0][0]) && words.All(w => char.IsUpper(w[0]) || (w.Length <= 3 && Text.StopWords.Contains(w)));
    }

    /// <summary>
    /// Fewer results than this is "too little": the relaxed results follow the strict ones when the relaxation finds
    /// at least this many and <see cref="ClearlyMore"/> more than the strict query.
    /// </summary>
    internal const int TooLittle = 3;

    /// <summary>How many more units a relaxation must find than a strict query that found too little.</summary>
    internal const int ClearlyMore = 2;

    /// <summary>Whether a search of this query should keep the units it counts: only when it has expansions to name.</summary>
    private static bool Matches(BuiltQuery built) => built.Expansions.Count > 0;

    /// <summary>Each word the strict query did not require that some of its results lack, with how many lack it and how many units hold it.</summary>
    private List<NotRequiredWord> NotRequiredOf(BuiltQuery built, FixedBitSet? matched)
    {
        var words = new List<NotRequiredWord>();
        if (matched is null) return words;
        foreach (var clause in built.Dispensed)
        {
            var holding = clauseMatches.Of(clause.Query);
            var lacking = (FixedBitSet)matched.Clone();
            lacking.AndNot(holding);
            if (lacking.Cardinality > 0) words.Add(new NotRequiredWord(clause.Text, lacking.Cardinality, holding.Cardinality));
        }
        foreach (var clause in built.Filed.Keys)
        {
            var holding = clauseMatches.Of(clause.Query);
            var lacking = (FixedBitSet)matched.Clone();
            lacking.AndNot(holding);
            if (lacking.Cardinality > 0) words.Add(new NotRequiredWord(clause.Text, lacking.Cardinality, holding.Cardinality, FiledUnderSubject: true));
        }
        return words;
    }

    private int Count(Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    private SearchResponse Run(ReaderQuery query, SearchRequest request)
    {
        var built = queries.Build(query, searcher.IndexReader);
        return results.Respond(query.Text, built, built.Query, built.IsEmpty ? QueryResults.Nothing : results.Collect(built.Query, null, request, Matches(built)), request);
    }

    /// <summary>The referenced item as the first result of the first page, when the filters let it through.</summary>
    private SearchResponse WithReference(SearchResponse response, int ordinal, NamedReference named, SearchRequest request)
    {
        var unit = units[ordinal];
        if ((request.Kind is { } k && k != unit.Kind) || (request.Document is { } d && d != unit.DocumentId))
            return response with { Reference = named.Label, ReferencedPassage = named.Passage };
        var others = response.Hits.Where(h => h.Id != unit.Id).ToList();
        var already = response.Hits.Count != others.Count;
        // The place named is marked only for the words after the reference: "commitment 4" names it, and marked by
        // those words it showed "committed" marked, a stem-mate of no word the reader was looking for (a fresh-eyes review).
        var rest = queries.Build(ReaderQuery.Parse(named.Rest), searcher.IndexReader);
        IReadOnlyList<SearchHit> shown = request.Page == 1 ? [QueryReferences.Exactly(hits.Of(ordinal, float.MaxValue, rest.MarkAlone, TermRarity.Of(reader.NumDocs, rest.MarkTerms, textDocFreq).For(rest.Clauses), rest.MarkPhrases, rest.MarkCapitals, begun: rest.MarkBegun), named.Passage), .. others.Take(SearchLimits.PageSize - 1)] : others;
        return response with
        {
            Hits = shown, Total = response.Total + (already ? 0 : 1), Reference = named.Label, ReferencedPassage = named.Passage,
            ReferenceFirst = request.Page == 1, Corrected = null, SearchedCorrected = false,
        };
    }

    /// <summary>
    /// A commentary's paragraphs on an item, strongest first, then the item itself, before what the words found; the
    /// page names both and says why they come first (<see cref="GsiPortal.Core.Search.CommentaryOnItem.Note"/>).
    /// </summary>
    private SearchResponse OnItem(SearchResponse response, (Commentary Commentary, PaperItem Item, Addresses.Passage Named, IReadOnlyList<TakenUpBy> Paragraphs) asked, SearchRequest request)
    {
        var first = new List<int>(asked.Paragraphs.Count + 1);
        foreach (var id in asked.Paragraphs.Select(p => p.UnitId).Append(Addresses.AddressBook.Id(asked.Item)))
            if (ordinals.TryGetValue(id, out var ordinal)) first.Add(ordinal);
        var ids = first.Select(o => units[o].Id).ToHashSet(StringComparer.Ordinal);
        var others = response.Hits.Where(h => !ids.Contains(h.Id)).ToList();
        var already = response.Hits.Count - others.Count;
        // Marked by nothing: the query's words are not what linked them, and its reference would mark "committed".
        var none = new HashSet<string>(StringComparer.Ordinal);
        var rarity = TermRarity.Of(reader.NumDocs, none, searcher.DocFreq);
        IReadOnlyList<SearchHit> shown = request.Page == 1
            ? [.. first.Select((ordinal, i) => hits.Of(ordinal, float.MaxValue - i, none, rarity)), .. others.Take(Math.Max(0, SearchLimits.PageSize - first.Count))]
            : others;
        return response with
        {
            Hits = shown, Total = response.Total + first.Count - already, Reference = $"{asked.Commentary.Author} on {asked.Item.Label}",
            ReferencedPassage = asked.Named, ReferenceFirst = false, NamedNotFound = true, Corrected = null, SearchedCorrected = false,
            Notes = [.. response.Notes, GsiPortal.Core.Search.CommentaryOnItem.Note(asked.Commentary, asked.Item, asked.Paragraphs)],
        };
    }

    /// <summary>
    /// Suggestions while typing: the item a reference names, items whose title or label holds the text, then words
    /// from the texts that complete the last typed word.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed) => suggestions.For(typed);

    /// <summary>Whether an analysed term occurs anywhere in the texts (a highlight of any other term marks nothing).</summary>
    public bool OccursInTexts(string term) => searcher.TextDocFreq(term) > 0;

    /// <summary>
    /// What a page marks for <c>?highlight=</c>: the words as the search searched them — with the forms and paraphrases
    /// it searched beside them, so that "mediation" marks "good offices" on commitment 5 as its result's snippet did
    /// (a reader's review: the result said why it matched, the page it led to marked nothing), and a trailing
    /// wildcard's words where the letters begin them as written — weighed by how common each is here. Words that start
    /// with a reference ("commitment 4") mark the place it names only for the words after it, as its result does.
    /// </summary>
    public PageHighlight Highlight(string? words)
    {
        var highlight = Marks(words);
        if (highlight.Terms.Count == 0 || references.Find(HighlightWords.Clip(words)) is not { Named: var named }) return highlight;
        return highlight.Sparing(named.Passage.Paragraphs.Select(GsiPortal.Core.Addresses.AddressBook.Id), Marks(named.Rest));
    }

    private PageHighlight Marks(string? words)
    {
        var typed = HighlightWords.Of(words);
        if (typed.Alone.Count == 0 && typed.Phrases.Count == 0 && typed.Wildcards.Count == 0) return PageHighlight.None;
        // Built only of words the texts hold, whose number the texts bound: the builder keeps what it makes of each word
        // in caches of 20,000 words, and pages asked with words of no text (load.sh's "?highlight=x123", a crawler's)
        // filled them — the working set after load.sh's mix rose from about 185 to 215 MB (docs/performance.md). A
        // wildcard likewise only where its letters begin a word of the texts.
        if (!typed.Terms.All(OccursInTexts) || !typed.Wildcards.All(BeginsWordOfTexts)) return PageHighlight.Of(typed, OccursInTexts, Common);
        var built = queries.Build(ReaderQuery.Parse(HighlightWords.Clip(words)), searcher.IndexReader);
        return PageHighlight.Of(typed.With(built.MarkAlone, built.MarkPhrases, built.MarkBegun), OccursInTexts, Common);
    }

    /// <summary>Whether a trailing wildcard's letters begin any word of the texts, asked without keeping anything.</summary>
    private bool BeginsWordOfTexts(string letters) => PrefixTerms.BeginsAny(searcher.IndexReader, letters);

    private IReadOnlySet<string> Common(IEnumerable<string> terms) => TermRarity.Of(reader.NumDocs, terms, textDocFreq).Common;

    /// <summary>Whether the query builder keeps what a typed word makes (for the test that a page's highlight does not fill it).</summary>
    internal bool BuilderKeeps(string typed) => queries.Keeps(typed);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
