namespace GsiPortal.Core.Search;

/// <summary>What a reader asked: the query text, optional kind and document filters, and a 1-based page.</summary>
public sealed record SearchRequest(string? Query, string? Kind = null, string? Document = null, int Page = 1);

/// <summary>One result, in rank order.</summary>
/// <summary>One result: <see cref="Locator"/> is where it stands, for anything that needs more than its <see cref="Url"/>.</summary>
public sealed record SearchHit(string Id, string Kind, string Title, string Document, string Url, string Location, IReadOnlyList<GsiPortal.Core.Text.TextRun> Snippet, float Score, GsiPortal.Core.Addresses.Locator Locator)
{
    /// <summary>
    /// The commentary results, below this passage of the paper, that matched the query by quoting it: the passage was
    /// moved up before them (<see cref="QuotedSources"/>), and the page says why. Empty for any other result.
    /// </summary>
    public IReadOnlyList<SearchHit> QuotedBy { get; init; } = [];

    /// <summary>What its snippet cannot show of why it matched: words held only outside its text, or only apart (<see cref="ResultNote"/>).</summary>
    public ResultNote Note { get; init; } = ResultNote.None;

    /// <summary>
    /// The run of <see cref="Snippet"/> where the piece cut for the query begins: 0 but where a second piece, showing a
    /// word the first lacks, stands before it in the text. The result links to the sentence of its first mark from here.
    /// </summary>
    public int SnippetLead { get; init; }

    /// <summary>
    /// A result holding only some of the words, moved up before the other side's results holding them all, since the
    /// query names its side as where to look (<see cref="SearchResponse.NamedFirst"/>): the page says why it stands there.
    /// </summary>
    public bool NamedAhead { get; init; }
}

/// <summary>
/// How a query that found nothing or too little as typed was relaxed: the words no longer required
/// (<see cref="NotRequired"/>: question and function words, and words found in most units, which still rank), and
/// when that was not enough, how many of the meaningful words a result had to hold (<see cref="Required"/> of
/// <see cref="Words"/>). <see cref="Strict"/> results held every word and come first, the relaxed ones after them
/// (0 when the query as typed found nothing). Null on a response whose results hold every word.
/// </summary>
public sealed record Relaxation(IReadOnlyList<string> NotRequired, IReadOnlyList<string> Words, int Required, int Strict = 0)
{
    /// <summary>True when results need not hold every meaningful word.</summary>
    public bool MostOf => Required < Words.Count;

    /// <summary>True when some results hold every word and the relaxed ones follow them ("too little", not nothing).</summary>
    public bool AfterStrict => Strict > 0;

    /// <summary>
    /// Passages of the paper that lack a word but are quoted by a result holding every word, shown just before it among
    /// the <see cref="Strict"/> ones (<see cref="QuotedSources"/>): the first page's run before the relaxed results is
    /// <see cref="Strict"/> + <see cref="Sources"/> long. 0 on other pages. Also counts the results of the side a query
    /// names that hold only some of the words, moved up before the other side's (<see cref="SearchHit.NamedAhead"/>), on every page.
    /// </summary>
    public int Sources { get; init; }

    /// <summary>
    /// Where not every meaningful word is required (<see cref="MostOf"/>): how many other passages in all the texts hold
    /// one or more of the <see cref="Words"/> and are not among the results — they hold fewer of them, or only commoner
    /// ones, than the weight floor lets through. "at least 1 of: china, host, dialogues, forums" over two results read as
    /// if every passage holding one of them were shown, where "china" alone finds 73 (a fresh-eyes review). -1 when not
    /// counted: under a filter, or every word required.
    /// </summary>
    public int Others { get; init; } = -1;

    /// <summary>Where not every meaningful word is required: each word's own count in all the texts, a search of its own (as <see cref="SearchResponse.Separately"/>).</summary>
    public IReadOnlyList<FoundAlone> Alone { get; init; } = [];
}

/// <summary>
/// What a typed run of words also searched and found in the results: a paraphrase's or an abbreviation's other
/// forms as the texts write them ("cyber threats", "cybersecurity" for "cyber attacks"; "United Nations" for "UN").
/// Derived forms ("African" for "Africa") are word forms, like stemming, and are not listed.
/// </summary>
public sealed record AlsoSearched(string Typed, IReadOnlyList<string> Forms, bool TypedFound = true);

/// <summary>A common word a strict search did not require: <paramref name="Lacking"/> of its results lack it; <paramref name="Units"/> hold it in all the texts.</summary>
/// <remarks><paramref name="FiledUnderSubject"/>: not required of the units the editors index under the query's subject
/// (<see cref="QueryRelaxations.FiledUnderSubject"/>), rather than for being common (<see cref="QueryRelaxations.Dispensable"/>).</remarks>
public sealed record NotRequiredWord(string Text, int Lacking, int Units, bool FiledUnderSubject = false);

/// <summary>A word (or phrase) of a query that found nothing, the query that searches it alone, and how many units that finds.</summary>
public sealed record FoundAlone(string Text, string Query, int Units);

/// <summary>
/// The answer to a search. <see cref="Corrected"/> holds a spelling correction built from the index's own words;
/// <see cref="SearchedCorrected"/> says whether the results are for it (because the query itself found nothing).
/// <see cref="Relaxed"/> says what was relaxed when the query as typed found nothing; <see cref="Reference"/> names the
/// item a reference ("II.4", "priority eight") resolved to, shown as the first result.
/// </summary>
public sealed record SearchResponse(
    string Query, int Total, string? Corrected, bool SearchedCorrected,
    IReadOnlyDictionary<string, int> KindCounts, IReadOnlyDictionary<string, int> DocumentCounts,
    IReadOnlyList<SearchHit> Hits, int Page, IReadOnlySet<string> MarkTerms, Relaxation? Relaxed = null, string? Reference = null)
{
    /// <summary>
    /// When the results are for a correction (<see cref="SearchedCorrected"/>) and the words as typed found something too:
    /// the query as typed with the corrected words in quotation marks, which searches them as typed. Null otherwise.
    /// </summary>
    public string? AsTyped { get; init; }

    /// <summary>
    /// Where the results are for a correction (<see cref="SearchedCorrected"/>): each word changed, as typed and as
    /// searched, so that the page and the API say which words were corrected and which were searched as typed ("is
    /// china agianst militery alliances": "agianst" and "militery"; review 22, D1). Empty otherwise.
    /// </summary>
    public IReadOnlyList<WordCorrected> CorrectedWords { get; init; } = [];

    /// <summary>
    /// What the meaning path reads (<see cref="Meaning.MeaningSearch"/>): the spelling correction where the words'
    /// results are for it (<see cref="SearchedCorrected"/>), else the query as typed. "artifical inteligence rules" was
    /// searched as "artificial intelligence rules" and asked of the model as typed, which found nothing (review 21, D4).
    /// </summary>
    public string MeaningQuery => SearchedCorrected && Corrected is { Length: > 0 } corrected ? corrected : Query;

    /// <summary>
    /// The texts the query named as where to look ("what does the paper say about …", "the commentaries on …"), whose
    /// results are listed before any other (<see cref="NamedTexts"/>); <see cref="TextsNamed.None"/> otherwise.
    /// </summary>
    public TextsNamed NamedFirst { get; init; }

    /// <summary>Most of the query's letters are not Latin (Chinese, Cyrillic, Arabic…): the texts here are English, and the reader should be told.</summary>
    public bool OtherScript { get; init; }

    /// <summary>
    /// The query held nothing to search for: a wildcard of too few letters ("s*"), only words the index leaves out
    /// ("the", "not"), only punctuation. Nothing was searched, and nothing is asked of the meaning
    /// path either (<see cref="Meaning.MeaningSearch"/>): its passages offered for "s*" answered a query nobody typed.
    /// </summary>
    public bool NothingSearchable { get; init; }

    /// <summary>
    /// What of the query the search read otherwise than as typed, each said in a sentence (<see cref="QueryNotes"/>): a
    /// wildcard with too few letters, one beginning more words than a wildcard searches, Lucene's "~2" or "^10". Empty
    /// otherwise.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A quotation mark opened and never closed: its words were searched apart, and the page offers the phrase.</summary>
    public UnclosedQuote? Unclosed { get; init; }

    /// <summary>Exactly what the reference named (a part, an item, a run of sentences or paragraphs), where it leads a reader.</summary>
    public GsiPortal.Core.Addresses.Passage? ReferencedPassage { get; init; }

    /// <summary>The referenced unit is the first result shown (it may be filtered out, or on another page).</summary>
    public bool ReferenceFirst { get; init; }

    /// <summary>
    /// The first results were not found by the query's words but named by it: a commentary's paragraphs on an item of
    /// the paper, from the cross-references (<see cref="CommentaryOnItem"/>). This answer's links mark nothing on arrival —
    /// "what does Khokhar say about commitment 4" would mark "say" and "committed" in his paragraphs.
    /// </summary>
    public bool NamedNotFound { get; init; }

    /// <summary>The Lucene query this response's results came from (null when nothing was searched): for the bench's snippet comparison.</summary>
    internal Lucene.Net.Search.Query? Ran { get; init; }

    /// <summary>The query as built, with the terms and phrases its snippets mark: for the bench's snippet comparison and the meaning path's marks.</summary>
    internal BuiltQuery? Built { get; init; }

    /// <summary>Which of these searched terms are common in the texts (<see cref="TermRarity.Common"/>): for the meaning path's marks.</summary>
    internal Func<IEnumerable<string>, IReadOnlySet<string>>? CommonAmong { get; init; }

    /// <summary>
    /// When the words found nothing, even relaxed: the unit holding most of the query's weight below relaxation's floor,
    /// if it holds at least <see cref="QueryRelaxations.AgreementShare"/> of it (its id); null otherwise. Never shown as
    /// a result by itself: the meaning path shows it when the model's nearest passage is the same unit
    /// (<see cref="Meaning.MeaningRule.Choose"/>).
    /// </summary>
    internal string? NearestByWords { get; init; }

    /// <summary>
    /// Where, in the text of <see cref="NearestByWords"/>, its snippet for the query's words would open: a passage found
    /// where the words and the model agree is shown by the sentence holding the words, not the model's nearest
    /// ("getting rid of landmines": priority 4's sentence on demining, not the one on destroying weapons of mass
    /// destruction). Worked out when first read, by the meaning path alone: on the keyword path it cost a query that
    /// found nothing a sixth of its CPU and 1.9 KB (docs/search.md, the eleventh turn).
    /// </summary>
    internal int NearestByWordsAt => nearestByWordsAt?.Value ?? 0;

    private readonly Lazy<int>? nearestByWordsAt;

    /// <summary>How <see cref="NearestByWordsAt"/> is worked out, when asked.</summary>
    internal Lazy<int>? NearestByWordsAtOf { get => nearestByWordsAt; init => nearestByWordsAt = value; }

    /// <summary>
    /// Where the words found nothing and relaxation's step 2 weighed them: what a unit (by id) holds of them, worked out
    /// when asked (the meaning path asks it of its nearest passage alone; <see cref="Meaning.MeaningRule"/>, the twelfth turn).
    /// </summary>
    internal Func<string, HeldWords?>? HeldBy { get; init; }

    /// <summary>Expansions that contributed: forms the reader did not type, found in at least one result.</summary>
    public IReadOnlyList<AlsoSearched> AlsoSearched { get; init; } = [];

    /// <summary>
    /// When a query of several words found nothing, even relaxed: how many units each of its words finds on its own
    /// (none for a word found nowhere), so the reader can go on from one of them rather than start again.
    /// </summary>
    public IReadOnlyList<FoundAlone> Separately { get; init; } = [];

    /// <summary>
    /// Beside <see cref="Separately"/>, when some words are found nowhere: the found words searched together and how
    /// many units that finds; null when it finds nothing or fewer than two words are found.
    /// </summary>
    public FoundAlone? WithoutAbsent { get; init; }

    /// <summary>
    /// The words found nowhere that the query was answered without: where it found nothing, even relaxed, its other
    /// words (<see cref="WithoutAbsent"/>) were searched instead, and the page says so ("No passage mentions
    /// “disagreements”. Showing 3 results for “countries sea”"). Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Dropped { get; init; } = [];

    /// <summary>
    /// The query is two or more plain words, every result holds them all, and no passage holds them side by side or
    /// nearly ("human rights": "Humanity" and "security rights"): the page says so.
    /// </summary>
    public bool WordsApart { get; init; }

    /// <summary>
    /// The common words the strict search did not require (<see cref="QueryRelaxations.Dispensable"/>) that some of its
    /// results lack: each with how many results lack it and how many units hold it, for the page to say so. Empty
    /// otherwise.
    /// </summary>
    public IReadOnlyList<NotRequiredWord> NotRequired { get; init; } = [];

    /// <summary>
    /// When <see cref="WordsApart"/>: what the results on this page hold of the words, in their text or only in a
    /// heading or record, and in what forms, for the page's note to say no more than that. Null otherwise. Worked out
    /// when first read: most searches of several words find them apart, and only the page reads it (the API does
    /// not); worked out for every one it cost a search found as typed about a tenth of its CPU.
    /// </summary>
    public WordsApart? Apart => apart?.Value;

    private readonly Lazy<WordsApart>? apart;

    /// <summary>How <see cref="Apart"/> is worked out, when asked.</summary>
    internal Lazy<WordsApart>? ApartOf { get => apart; init => apart = value; }

    /// <summary>
    /// Passages found by meaning rather than by their words (Search/Meaning), shown apart from <see cref="Hits"/> (after
    /// them unless <see cref="ByMeaningFirst"/>), only when the words found too little; empty otherwise, and while the
    /// model is loading.
    /// </summary>
    public IReadOnlyList<SearchHit> ByMeaning { get; init; } = [];

    /// <summary>
    /// The passages found by meaning are shown before <see cref="Hits"/>, still apart and said to be found by meaning:
    /// no keyword result holds every word (<see cref="Meaning.MeaningRule.First"/>). They may then include results
    /// the words found too.
    /// </summary>
    public bool ByMeaningFirst { get; init; }

    /// <summary>
    /// Whether <see cref="ByMeaning"/> was searched, and if not why: <see cref="Meaning.MeaningStatus.Deferred"/> when
    /// meaning may add results that a separate request must find (the keyword answer never waits for the model).
    /// </summary>
    public Meaning.MeaningStatus ByMeaningStatus { get; init; }

    /// <summary>
    /// Searched by meaning with nothing shown because every word of substance the words found nothing for is found
    /// nowhere, beside none but the texts' commonest (the twenty-ninth turn): those words, for the page and the API to
    /// name. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> ByMeaningWithheldFor { get; init; } = [];

    /// <summary>When a query under a kind or document filter found nothing: how many results it has without the filters (else null).</summary>
    public int? UnfilteredTotal { get; init; }

    /// <summary>The pages the results fill, at most <see cref="SearchLimits.MaxPage"/>: no search shows more.</summary>
    public int PageCount => Math.Min((Total + SearchLimits.PageSize - 1) / SearchLimits.PageSize, SearchLimits.MaxPage);
}

/// <summary>A query the index refuses, with a reason a reader can act on.</summary>
public sealed class InvalidSearchException(string message) : Exception(message)
{
    /// <summary>A filter that names nothing: which, the refusal alone ("Unknown document 'lei'."), and the values it takes, so that a page can offer them as links.</summary>
    public sealed record UnknownFilter(SearchFilter Filter, string Refusal, IReadOnlyList<string> Values);

    /// <summary>Set when the refusal is of a kind or document that is none; null otherwise.</summary>
    public UnknownFilter? Unknown { get; init; }

    /// <summary>
    /// The query is over the search's limits (<see cref="SearchLimits"/>: its characters or its words and phrases) and
    /// nothing was searched: a page or client may still ask whether it is a pasted sentence (Quotes.PastedSentence).
    /// </summary>
    public bool OverLimit { get; init; }
}

/// <summary>The filters a search takes beside its words.</summary>
public enum SearchFilter { Kind, Document }

/// <summary>What a query that starts with a reference names: the search unit holding it, a reader's label, and the passage itself.</summary>
public sealed record NamedReference(string UnitId, string Label, GsiPortal.Core.Addresses.Passage Passage)
{
    /// <summary>
    /// The query's words after the reference ("indivisible" of "commitment 4 indivisible"): the only words marked on
    /// the place it names. The reference's own words name a place, not words to find ("commitment 4" marked
    /// "committed" in commitment 4's text, a fresh-eyes review).
    /// </summary>
    public string Rest { get; init; } = "";
}
