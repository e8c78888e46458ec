using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using Lucene.Net.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Collected = (int Total, System.Collections.Generic.IReadOnlyDictionary<string, int> KindCounts, System.Collections.Generic.IReadOnlyDictionary<string, int> DocumentCounts, System.Collections.Generic.List<(int Unit, float Score)> Top, Lucene.Net.Util.FixedBitSet? Matched);

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
    private readonly IndexSearcher searcher;
    private readonly QueryBuilder queries;
    private readonly ClauseMatches clauseMatches;
    private readonly IReadOnlyList<(string Title, string Headings, string Url, string Id)> titles;
    private readonly IReadOnlyList<SearchUnit> units;
    private readonly TokenCache tokens;
    private readonly Func<string, NamedReference?>? references;
    private readonly Dictionary<string, int> ordinals;

    /// <summary>
    /// Corrections already looked for, by word: the index never changes, so neither does a word's correction,
    /// and a fuzzy look-up costs a millisecond or two. Bounded to <see cref="MaxCachedCorrections"/> words.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> corrections = new(StringComparer.Ordinal);
    private const int MaxCachedCorrections = 50_000;

    /// <summary>Marks a word asked for as a name in the corrections cache (a name is corrected only to a name).</summary>
    private const string NamePrefix = "\u0001";

    public PortalIndex(IEnumerable<SearchUnit> units, Abbreviations abbreviations, SearchTerms? terms = null, Func<string, NamedReference?>? references = null)
    {
        var list = units.ToList();
        this.units = list;
        tokens = new TokenCache(list.Count);
        directory = IndexBuilder.Build(list);
        reader = DirectoryReader.Open(directory);
        searcher = new KnownTermsSearcher(reader) { Similarity = IndexBuilder.Similarity };
        clauseMatches = new ClauseMatches(searcher);
        Abbreviations = abbreviations;
        Expansions = new QueryExpansions(abbreviations, terms ?? SearchTerms.Empty);
        queries = new QueryBuilder(Expansions);
        this.references = references;
        ordinals = list.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        titles = list.Where(u => u.IsItem).Select(u => (u.Title, u.Headings, u.Url, u.Id)).ToList();
        Kinds = list.Select(u => u.Kind).Distinct().ToList();
        UnitCount = list.Count;
    }

    /// <summary>The index of a library: its units, the abbreviations it defines and lists, and its references resolved by its address book.</summary>
    public static PortalIndex Build(ContentLibrary library)
    {
        return new(SearchUnits.From(library), Abbreviations.From(library), library.SearchTerms, text => Reference(library.Addresses, text));
    }

    /// <summary>
    /// The unit and label a query names when it starts with a reference, read by the one reference grammar: an item
    /// ("II.4", "priority eight", "commitment 4 indivisible"), a commentary's paragraph ("Khokhar ¶4", "paragraph 4 of
    /// Khokhar"), or a part written as such ("Part III", "section III", "III") — its first passage — but not "I" or
    /// "2", which readers type for other things.
    /// </summary>
    private static NamedReference? Reference(AddressBook book, string text)
    {
        if (book.References.ReadStart(text) is not { Reading.Names: true } read) return null;
        var written = text[..read.Length].Trim();
        var named = read.Reading.Passages[0];
        return named switch
        {
            { Kind: PassageKind.Sentences, Item: { } item } => new(AddressBook.Id(item), named.Title, named),
            { Item: { } item } => new(AddressBook.Id(item), item.Label, named),
            // A commentary's paragraphs, or the Background's: the unit of the first paragraph named.
            { Paragraphs: [var paragraph, ..], Kind: PassageKind.Paragraphs or PassageKind.Sentences } => new(AddressBook.Id(paragraph), named.Title, named),
            { Kind: PassageKind.Part, Part: { } part } when written.Length >= 2 && !written.All(char.IsAsciiDigit)
                && part.Introduction.Concat(part.Closing).FirstOrDefault() is { } passage
                => new(AddressBook.Id(passage), $"Part {part.Numeral}, {part.Title}", named),
            _ => null,
        };
    }

    public Abbreviations Abbreviations { get; }

    /// <summary>What typed words also search: abbreviations, derived forms, paraphrases.</summary>
    public QueryExpansions Expansions { get; }

    /// <summary>The kinds of unit this index holds, in reading order: what the <c>kind</c> filter accepts.</summary>
    public IReadOnlyList<string> Kinds { get; }
    public int UnitCount { get; }

    /// <summary>
    /// Runs a reader's query. Throws <see cref="InvalidSearchException"/> for a query it refuses. A reference to an
    /// item comes first; then every word must match; a query that finds nothing is corrected where a word is
    /// misspelled, else relaxed (<see cref="Relaxations"/>); one that finds too little (fewer than
    /// <see cref="TooLittle"/>) keeps its results first and the relaxed ones follow.
    /// </summary>
    public SearchResponse Search(SearchRequest request)
    {
        var response = Answer(request);
        // Nothing under a filter: how much the same query finds without it (and, if nothing either, each of its words
        // in all the texts), for the page to offer.
        if (response.Total == 0 && (request.Kind is not null || request.Document is not null))
        {
            var unfiltered = Answer(request with { Kind = null, Document = null, Page = 1 });
            response = response with { UnfilteredTotal = unfiltered.Total, Separately = unfiltered.Separately };
        }
        return IsOtherScript(response.Query) ? response with { OtherScript = true } : response;
    }

    /// <summary>More than half of the letters outside the Latin script: a query in Chinese, Russian, Arabic…</summary>
    internal static bool IsOtherScript(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text.Where(char.IsLetter))
            if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin++; else other++;
        return other > latin;
    }

    private SearchResponse Answer(SearchRequest request)
    {
        var cleaned = ReaderQuery.Clean(request.Query);
        if (cleaned.Length > SearchLimits.MaxQueryLength)
            throw new InvalidSearchException($"The query is {cleaned.Length} characters long; searches are limited to {SearchLimits.MaxQueryLength}.");
        if (request.Kind is { } kind && !Kinds.Contains(kind))
            throw new InvalidSearchException($"Unknown kind '{kind}'. Kinds are: {string.Join(", ", Kinds)}.");
        if (request.Page < 1 || request.Page > SearchLimits.MaxPage)
            throw new InvalidSearchException($"Pages run from 1 to {SearchLimits.MaxPage}.");
        var query = ReaderQuery.Parse(cleaned);
        if (query.ClauseCount > SearchLimits.MaxClauses)
            throw new InvalidSearchException($"The query has {query.ClauseCount} words and phrases; searches are limited to {SearchLimits.MaxClauses}.");

        if (ReferencedUnit(cleaned) is { } referenced)
            return WithReference(Run(query, request), referenced.Ordinal, referenced.Named, request);

        var built = queries.Build(query, searcher.IndexReader);
        var strict = Collect(built.Query, null, request, Matches(built));
        var response = Respond(query.Text, built, built.Query, strict, request);
        // "human rights": both words are found, never together — the reader should not take the results for the phrase.
        // Asked of Lucene each time, not kept with the clauses' matches: whole queries recur far less than their words.
        var togetherCount = response.Total > 0 && built.Together is { } together ? Count(together) : -1;
        if (togetherCount == 0)
            response = response with { WordsApart = true };
        if (response.Total >= TooLittle) return response;
        // A name typed as one, every word capitalised ("Our Common Agenda"), and found so: relaxing would only add
        // units holding one of its words ("2030 Agenda").
        if (togetherCount > 0 && IsTitleCase(cleaned)) return response;

        // A correction only where the query finds (almost) nothing, and only one that finds clearly more.
        if (response.Total <= AlmostNothing && Correct(searcher.IndexReader, query, CorrectionOf) is { } correction)
        {
            var corrected = Run(ReaderQuery.Parse(correction), request);
            if (response.Total == 0 && corrected.Total > 0)
                return corrected with { Query = cleaned, Corrected = correction, SearchedCorrected = true };
            if (corrected.Total >= Math.Max(3, 3 * response.Total))
                return response with { Corrected = correction };
        }
        if (!built.Relaxable) return WithSeparately(response, query, built, request);
        // Nothing: any relaxed result will do. Too little: only a relaxation that finds clearly more.
        // One result for several words is almost nothing: any unit more is worth showing after it ("what role should the
        // UN play in global security": Khokhar ¶9 alone holds every word; priority 1, "a bigger UN role", most).
        var needed = response.Total == 0 ? 1 : response.Total == 1 ? 2 : Math.Max(TooLittle, response.Total + ClearlyMore);
        // The strict results of every page (at most two), to put first and leave out of the relaxed ones.
        var first = request.Page == 1 ? strict.Top : Collect(built.Query, null, request with { Page = 1 }).Top;
        SearchResponse? taken = null;
        var lead = first;
        foreach (var plan in Relaxations(built))
        {
            var relaxed = Collect(plan.Query, plan.Allowed, request, Matches(built));
            if (relaxed.Total < needed) continue;
            var ranked = lead.Concat(relaxed.Top.Where(r => !lead.Any(f => f.Unit == r.Unit))).ToList();
            var total = Math.Max(relaxed.Total, ranked.Count);
            taken = Respond(query.Text, built, plan.Query, (total, relaxed.KindCounts, relaxed.DocumentCounts, ranked, relaxed.Matched), request)
                with { Relaxed = plan.How with { Strict = response.Total } };
            if (total >= TooLittle) return taken;
            // Still too little ("what role should the UN play…": one unit holds all but the question word): the next
            // relaxation may find more, which follow these.
            lead = ranked;
            needed = total + 1;
        }
        return taken ?? WithSeparately(response, query, built, request);
    }

    /// <summary>
    /// A query of two or more words, all required, that found nothing even relaxed ("hegemony africa": no passage
    /// holds both, and neither outweighs the other enough to stand for the query): each word's own count, for the
    /// page to offer (a word found nowhere is listed too, with none). Counted in all the texts: under a filter,
    /// <see cref="Search"/> takes them from the unfiltered query.
    /// </summary>
    private SearchResponse WithSeparately(SearchResponse response, ReaderQuery query, BuiltQuery built, SearchRequest request)
    {
        if (response.Total > 0 || request.Kind is not null || request.Document is not null) return response;
        if (query.Groups is not [var group] || group.Any(c => c.Occur != ClauseOccur.Must)) return response;
        var meaningful = built.Clauses.Where(c => !c.IsFunctionWord).ToList();
        if (meaningful.Count < 2) return response;
        var found = meaningful.DistinctBy(c => c.Alone).Select(c => new FoundAlone(c.Text, c.Alone, clauseMatches.Of(c.Query).Cardinality)).ToList();
        return response with { Separately = found };
    }

    /// <summary>Two or more words, each capitalised but for short function words ("Horn of Africa", "Our Common Agenda").</summary>
    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && char.IsUpper(words[0][0]) && words.All(w => char.IsUpper(w[0]) || (w.Length <= 3 && Text.StopWords.Contains(w)));
    }

    /// <summary>At most this many results is "almost nothing": a correction may then be offered.</summary>
    private const int AlmostNothing = 1;

    /// <summary>
    /// Fewer results than this is "too little": the relaxed results follow the strict ones when the relaxation finds
    /// at least this many and <see cref="ClearlyMore"/> more than the strict query.
    /// </summary>
    internal const int TooLittle = 3;

    /// <summary>How many more units a relaxation must find than a strict query that found too little.</summary>
    internal const int ClearlyMore = 2;

    /// <summary>A result found by relaxing must hold at least this share of the query's weight (the rarity of its words).</summary>
    internal const double RelaxedWeightFloor = 0.6;

    /// <summary>A word found in at least this share of units says little about which one is meant ("China", "security").</summary>
    internal const double CommonShare = 0.25;

    /// <summary>A relaxed query, the units its floor lets through (null: any), and what it relaxed.</summary>
    private sealed record RelaxedQuery(Query Query, FixedBitSet? Allowed, Relaxation How);

    /// <summary>
    /// The relaxations of a query that found nothing or too little, in order, each built only when the one before
    /// did not do. First its question and function words ("how", "does") and its words found in most units
    /// ("China") are no longer required, though they still rank; then most rather than all of the meaningful words
    /// are required. There a unit qualifies only when it holds at least half of the words (and two when there are
    /// three or more) and at least <see cref="RelaxedWeightFloor"/> of their weight, each word weighing its rarity
    /// in the index (a word found nowhere weighs most): a query with no real answer finds nothing rather than units
    /// holding only its commonest word. Every relaxation finds all a strict query finds, and more.
    /// </summary>
    private IEnumerable<RelaxedQuery> Relaxations(BuiltQuery built)
    {
        var meaningful = built.Clauses.Where(c => !c.IsFunctionWord).ToList();
        if (meaningful.Count == 0) yield break;
        var words = meaningful.Select(c => c.Text).ToList();
        var common = meaningful.Where(c => clauseMatches.Of(c.Query).Cardinality >= CommonShare * searcher.IndexReader.NumDocs).ToList();
        // Words of general English ("play", "role" is not one) go with them when words of the subject remain: "what
        // role should the UN play in global security" asks for the UN's role, and priority 1 never says "play".
        var general = meaningful.Except(common).Where(c => Expansions.IsGeneral(c.Text)).ToList();
        if (general.Count == meaningful.Except(common).Count()) general = [];
        var required = meaningful.Except(common).Except(general).ToList();
        var optional = common.Concat(general).ToList();
        var notRequired = built.Clauses.Where(c => c.IsFunctionWord).Concat(optional).Select(c => c.Text).ToList();
        if (notRequired.Count > 0 && required.Count > 0)
            yield return new RelaxedQuery(built.Required(required, optional: optional), null, new Relaxation(notRequired, required.Select(c => c.Text).ToList(), required.Count));
        if (meaningful.Count < 2) yield break;

        // Counted over the words that say what is asked: not the common ones ("China") nor those of general English
        // ("stop", "using"), which the floor below weighs lightly — "does China want to stop using food as a weapon"
        // asks for food and weapons, and priority 18 holds no other of its words.
        // A word of everyday English found nowhere ("money for African peacekeeping", "cooperation between police
        // colleges"), beside a found word of the subject, is the reader's own word for something the texts say
        // otherwise: it lowers a unit as a general word does rather than emptying the result. A rarer word found
        // nowhere ("fusion", "elephants", "tourism") is what was asked, and still weighs most.
        var found = meaningful.Where(c => !common.Contains(c) && !Expansions.IsGeneral(c.Text) && clauseMatches.Of(c.Query).Cardinality > 0).ToList();
        var absentLight = found.Count >= AbsentAmongFound;
        bool Light(BuiltClause c) => Expansions.IsGeneral(c.Text) || (absentLight && clauseMatches.Of(c.Query).Cardinality == 0 && Expansions.IsEnglish(c.Text));
        var distinctive = meaningful.Count(c => !common.Contains(c) && !Light(c));
        var counted = distinctive > 0 ? distinctive : meaningful.Count;
        var minimum = counted >= 3 ? Math.Max(2, (counted + 1) / 2) : 1;
        if (QualifyingUnits(meaningful, minimum, Light) is { } allowed)
            yield return new RelaxedQuery(built.MostOf(meaningful, minimum, Light), allowed, new Relaxation(built.Clauses.Where(c => c.IsFunctionWord).Select(c => c.Text).ToList(), words, minimum));
    }

    private int Count(Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    /// <summary>
    /// How many found words of the subject a query needs before a word of general English found nowhere is weighed
    /// lightly. Measured on the tuning sets: any word found nowhere, beside two found ones, answered "peacekeeping
    /// mandate elephants" with priority 1 and beside one "Mars colonization", "NATO expansion" and "space tourism";
    /// limited to words of the English lists ("money", "colleges", not "elephants" or "tourism"), one found word is
    /// enough, and gained as much.
    /// </summary>
    internal const int AbsentAmongFound = 1;

    /// <summary>The units holding at least <paramref name="minimum"/> clauses and the weight floor; null when none does.</summary>
    private FixedBitSet? QualifyingUnits(IReadOnlyList<BuiltClause> clauses, int minimum, Func<BuiltClause, bool> light)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        var counts = new byte[maxDoc];
        var weights = new float[maxDoc];
        var total = 0.0;
        // A word of general English ("hit", "small", "willing") names no subject: absent or rare here it would
        // otherwise weigh most and empty the result ("help for small island states hit by climate change"). It weighs
        // no more than a common word — unless every word is general ("election interference", "death penalty"),
        // when the absent ones are what the reader asked about.
        var general = clauses.Select(light).ToList();
        var capGeneral = general.Contains(false);
        var commonDf = CommonShare * maxDoc;
        var commonWeight = (float)Math.Log(1 + (maxDoc - commonDf + 0.5) / (commonDf + 0.5));
        for (var i = 0; i < clauses.Count; i++)
        {
            var matches = clauseMatches.Of(clauses[i].Query);
            var df = matches.Cardinality;
            // BM25's idf: a word in few units weighs much, one found nowhere weighs most.
            var weight = (float)Math.Log(1 + (maxDoc - df + 0.5) / (df + 0.5));
            if (capGeneral && general[i]) weight = Math.Min(weight, commonWeight);
            total += weight;
            for (var doc = df == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.NextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS && doc >= 0; doc = doc + 1 < maxDoc ? matches.NextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS)
            {
                counts[doc]++;
                weights[doc] += weight;
            }
        }
        var allowed = new FixedBitSet(maxDoc);
        var any = false;
        for (var doc = 0; doc < maxDoc; doc++)
            if (counts[doc] >= minimum && weights[doc] >= RelaxedWeightFloor * total) { allowed.Set(doc); any = true; }
        return any ? allowed : null;
    }

    private SearchResponse Run(ReaderQuery query, SearchRequest request)
    {
        var built = queries.Build(query, searcher.IndexReader);
        return Respond(query.Text, built, built.Query, built.IsEmpty ? Nothing : Collect(built.Query, null, request, Matches(built)), request);
    }

    private static readonly Collected Nothing = (0, new Dictionary<string, int>(), new Dictionary<string, int>(), [], null);

    /// <summary>Whether a search of this query should keep the units it counts: only when it has expansions to name.</summary>
    private static bool Matches(BuiltQuery built) => built.Expansions.Count > 0;

    /// <summary>A query's matches: how many pass the filters, the facet counts, and the best of them up to the requested page, best first.</summary>
    private Collected Collect(Query query, FixedBitSet? allowed, SearchRequest request, bool keepMatches = false)
    {
        var collector = new FacetingCollector(request.Kind, request.Document, request.Page * SearchLimits.PageSize, keepMatches ? new FixedBitSet(searcher.IndexReader.MaxDoc) : null);
        searcher.Search(query, allowed is null ? collector : new AllowedCollector(collector, allowed));
        return (collector.Total, collector.KindCounts, collector.DocumentCounts, collector.Hits(), collector.Matched);
    }

    /// <summary>The requested page of ranked matches, with the expansions that found something in them.</summary>
    private SearchResponse Respond(string text, BuiltQuery built, Query query, Collected collected, SearchRequest request)
    {
        if (built.IsEmpty)
            return new SearchResponse(text, 0, null, false, Nothing.KindCounts, Nothing.DocumentCounts, [], request.Page, new HashSet<string>());
        var rarity = TermRarity.Of(searcher.IndexReader, built.MarkTerms);
        var hits = collected.Top.Skip((request.Page - 1) * SearchLimits.PageSize).Take(SearchLimits.PageSize)
            .Select(h => ToHit(h.Unit, h.Score, built.MarkTerms, rarity, built.MarkPhrases, built.MarkCapitals)).ToList();
        return new SearchResponse(text, collected.Total, null, false, collected.KindCounts, collected.DocumentCounts, hits, request.Page, built.MarkTerms)
        {
            AlsoSearched = collected.Total == 0 ? [] : Contributed(built, collected.Matched ?? clauseMatches.Search(query)),
            Ran = query,
            Built = built,
        };
    }

    /// <summary>
    /// The disclosed forms of each expansion that occur in at least one unit the query matched (a form found nowhere
    /// in the results did not contribute, and naming it would claim otherwise). The matched units are those the
    /// search itself counted (<see cref="FacetingCollector.Matched"/>), not a second search of the query.
    /// </summary>
    private List<AlsoSearched> Contributed(BuiltQuery built, FixedBitSet matched)
    {
        var found = new List<AlsoSearched>();
        if (built.Expansions.Count == 0) return found;
        foreach (var expansion in built.Expansions)
        {
            var forms = expansion.Forms.Where(f => clauseMatches.Of(f.Query).Intersects(matched))
                .Select(f => f.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (forms.Count > 0) found.Add(new AlsoSearched(expansion.Typed, forms, expansion.Own is null || clauseMatches.Of(expansion.Own).Cardinality > 0));
        }
        return found;
    }

    /// <summary>The unit a query names when it is a reference to an item of the paper ("II.4", "commitment 4", "priority eight").</summary>
    private (int Ordinal, NamedReference Named)? ReferencedUnit(string cleaned) =>
        references is not null && cleaned.Length is > 0 and <= 40 && references(cleaned) is { } found && ordinals.TryGetValue(found.UnitId, out var ordinal) ? (ordinal, found) : null;

    /// <summary>The referenced item as the first result of the first page, when the filters let it through.</summary>
    private SearchResponse WithReference(SearchResponse response, int ordinal, NamedReference named, SearchRequest request)
    {
        var unit = units[ordinal];
        if ((request.Kind is { } k && k != unit.Kind) || (request.Document is { } d && d != unit.DocumentId))
            return response with { Reference = named.Label, ReferencedPassage = named.Passage };
        var others = response.Hits.Where(h => h.Id != unit.Id).ToList();
        var already = response.Hits.Count != others.Count;
        var hits = request.Page == 1 ? [Exactly(ToHit(ordinal, float.MaxValue, response.MarkTerms, TermRarity.Of(searcher.IndexReader, response.MarkTerms)), named.Passage), .. others.Take(SearchLimits.PageSize - 1)] : others;
        return response with
        {
            Hits = hits, Total = response.Total + (already ? 0 : 1), Reference = named.Label, ReferencedPassage = named.Passage,
            ReferenceFirst = request.Page == 1, Corrected = null, SearchedCorrected = false,
        };
    }

    /// <summary>
    /// The unit found for a reference, leading to exactly what was named: a part's page rather than its first
    /// paragraph ("section III"), the sentence rather than its item ("commitment 4, sentence 2").
    /// </summary>
    private static SearchHit Exactly(SearchHit hit, Passage named) => named.Kind switch
    {
        PassageKind.Part => hit with { Url = named.Address, Locator = named.Locator, Title = named.Title },
        PassageKind.Sentences or PassageKind.Paragraphs when named.Address != hit.Url => hit with { Url = named.Address, Locator = named.Locator },
        _ => hit,
    };

    private SearchHit ToHit(int ordinal, float score, IReadOnlySet<string> marks, TermRarity rarity, IReadOnlyList<string[]>? phrases = null, IReadOnlyCollection<string>? capitals = null)
    {
        // Matches come from the unit's analysed tokens, kept in memory: cheaper than the stored term vector.
        var unit = units[ordinal];
        var (snippet, offset) = SnippetBuilder.ForHit(unit.Text, tokens.Get(ordinal, unit.Text), marks, phrases ?? [], rarity, capitals);
        // A snippet from the second paragraph of an item links to that paragraph.
        var start = unit.ParagraphStarts.Last(p => p.Offset <= offset);
        return new SearchHit(unit.Id, unit.Kind, unit.Title, unit.DocumentId, start.Url, unit.Location, snippet, score, start.Locator);
    }

    /// <summary>The nearest known spelling of a word the index lacks; null when it has the word or nothing near.</summary>
    private string? CorrectionOf(IndexReader reader, string word)
    {
        if (corrections.TryGetValue(word, out var known)) return known;
        var found = word.StartsWith(NamePrefix, StringComparison.Ordinal) ? SpellingCorrector.CorrectName(reader, word[NamePrefix.Length..]) : SpellingCorrector.Correct(reader, word);
        if (corrections.Count < MaxCachedCorrections) corrections.TryAdd(word, found);
        return found;
    }

    /// <summary>
    /// The query with its misspelled words corrected; null when nothing changes. A corrector that only corrects: it
    /// never touches a word the texts hold, one typed in capitals ("NATO") or capitalised after the first word (a
    /// name), a known abbreviation, derivation or paraphrase ("nato", "mine clearing"), or a function word.
    /// </summary>
    private string? Correct(IndexReader reader, ReaderQuery query, Func<IndexReader, string, string?> correct)
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
                if (Expansions.Knows(word) || QueryWords.IsFunctionWord(word) || Expansions.IsEnglish(word)) continue;
                // A capitalised word after the first is a name: corrected only to a name the records hold ("Khokar").
                var name = !isFirst && char.IsUpper(word[0]);
                if (correct(reader, name ? NamePrefix + word : word) is not { } better) continue;
                // A name keeps its capital ("Ovais Khokhar").
                if (char.IsUpper(word[0])) better = char.ToUpperInvariant(better[0]) + better[1..];
                text = System.Text.RegularExpressions.Regex.Replace(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b", better);
                changed = true;
            }
        }
        return changed ? text : null;
    }

    /// <summary>
    /// Suggestions while typing, at most <see cref="SearchLimits.MaxSuggestions"/>: the item a reference names ("II.4",
    /// "priority 8"); items whose title, editors' label or reference holds the text (each shown by the paper's own
    /// title, with its address); then words that complete the last typed word — after earlier words, only where the
    /// whole run occurs in the texts, so no invented word pair is offered.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed)
    {
        var cleaned = ReaderQuery.Clean(typed);
        if (cleaned.Length < 2 || cleaned.Length > 100) return [];
        var lower = cleaned.ToLowerInvariant();
        var referenced = ReferencedUnit(cleaned) is { } r ? [new Suggestion(units[r.Ordinal].Title, units[r.Ordinal].Url)] : Array.Empty<Suggestion>();
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
        var completions = WordsStartingWith(reader, lastWord, minimum: typedWords.Length == 1 ? 2 : 1);
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
        var run = new System.Text.RegularExpressions.Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"[\s\-]+", headWords.Select(System.Text.RegularExpressions.Regex.Escape))
            + @"[\s\-]+([\p{L}\p{N}]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var wanted = candidates.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in top.ScoreDocs)
            foreach (System.Text.RegularExpressions.Match m in run.Matches(units[(int)ordinals.Get(hit.Doc)].Text))
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

    /// <summary>Whether an analysed term occurs anywhere in the texts (a highlight of any other term marks nothing).</summary>
    public bool OccursInTexts(string term) => reader.DocFreq(new Term(SearchFields.Text, term)) > 0;

    /// <summary>What a page marks for <c>?highlight=</c>: the words, weighed by how common each is here.</summary>
    public PageHighlight Highlight(string? words) => PageHighlight.Of(words, OccursInTexts, terms => TermRarity.Of(reader, terms).Common);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}

/// <summary>A suggestion while typing: a title with its address, or a word to search for.</summary>
public sealed record Suggestion(string Text, string? Url);
