using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages.Search;

public partial class IndexModel(Edition edition, PortalMeaning meaning, ILogger<IndexModel> logger) : PortalPage(edition)
{
    public SearchParameters Input { get; private set; } = new();
    public string? Query => Input.Q;
    public string? Kind => Input.Kind;
    public string? Doc => Input.Doc;

    public SearchResponse? Results { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>What the page does about passages found by meaning: null (the keywords at once), show or only (<see cref="Routes.MeaningParameter"/>).</summary>
    public string? MeaningAsked { get; private set; }

    /// <summary>
    /// Whether the page names the words its correction changed (<see cref="SearchResponse.CorrectedWords"/>): where the
    /// query holds words besides them, searched as typed. A query every word of which was corrected ("sanctoins") is
    /// said whole by the count already.
    /// </summary>
    public bool CorrectedWordsNamed => Results is { SearchedCorrected: true, CorrectedWords.Count: > 0 } r
        && r.CorrectedWords.Sum(c => c.Typed.Split(' ').Length) < ReaderQuery.Clean(r.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The well-formed edition id an earlier edition's search address named (<see cref="Routes.SearchedFromParameter"/>); else null.</summary>
    public string? SearchedFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(SearchParameters input, [FromQuery(Name = Routes.MeaningParameter)] string? meaningAsked,
        [FromQuery(Name = Routes.SearchedFromParameter)] string? searchedFrom = null)
    {
        // q given more than once: the values that differ, to offer each (below). The same words twice, or one blank
        // beside words (two forms' boxes, one left empty), are one query, and searched.
        if (SearchParameters.Repeated(Request.Query) is { } repeated)
        {
            if (repeated != "q") return Refuse(SearchParameters.GiveOnce(repeated, [.. Request.Query[repeated]]));
            var asked = Request.Query["q"].Select(ReaderQuery.Clean).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (asked.Count > 1)
            {
                input.Q = string.Join(' ', asked);
                Input = input;
                Info = new PageInfo("Search — GsiPortal", "Search the Global Security Initiative Concept Paper and commentaries on it.", Routes.Search, "search");
                Queries = asked;
                return Refuse($"This address asks for {(asked.Count == 2 ? "two" : asked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} searches at once (q given {(asked.Count == 2 ? "twice" : $"{asked.Count} times")}), and the page runs one: nothing was searched. Choose one:");
            }
            input.Q = asked.Count == 1 ? asked[0] : input.Q;
        }
        if (SearchParameters.Bracketed(Request.Query) is var (bracketed, words))
        {
            Input = input;
            Info = new PageInfo("Search — GsiPortal", "Search the Global Security Initiative Concept Paper and commentaries on it.", Routes.Search, "search");
            Instead = words.Length > 0 ? words : null;
            return Refuse(SearchParameters.GiveAsQ(bracketed, words));
        }
        Input = input;
        SearchedFrom = searchedFrom is not null && Core.Content.ContentVersion.IsWellFormed(searchedFrom) ? searchedFrom : null;
        MeaningAsked = meaningAsked is Routes.MeaningShow or Routes.MeaningOnly ? meaningAsked : null;
        Info = new PageInfo(input.HasQuery ? $"{Quoted(Describe(ReaderQuery.Clean(input.Q), 60))} — Search — GsiPortal" : "Search — GsiPortal",
            "Search the Global Security Initiative Concept Paper and commentaries on it.", Routes.Search, "search");
        if (!input.HasQuery)
        {
            // Nothing typed is the empty form; something typed that cleans away is refused as the API refuses it,
            // with the box emptied rather than echoing the NUL.
            if (string.IsNullOrWhiteSpace(input.Q)) return Page();
            input.Q = null;
            return Refuse(SearchParameters.OnlyInvisible);
        }
        // Another value is no request the page can keep: refused with the two there are, as kind= and doc= are
        // refused (it was ignored, and the page looked as if it had been understood: a reader's review).
        if (meaningAsked is not (null or "" or Routes.MeaningShow or Routes.MeaningOnly))
            return Refuse($"meaning must be {Routes.MeaningShow} (wait for the passages found by meaning) or {Routes.MeaningOnly} (those passages alone); leave it out for the page as usual.");
        if (!SearchParameters.QueryIsText(Request.QueryString.Value)) return Refuse(SearchParameters.NotText);
        if (!input.TryRead(out var request, out var problem)) return Refuse(problem, input.PageBeyondAny ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        try
        {
            var keywords = Edition.Search.Search(request);
            // The keyword results never wait for the model: meaning's are shown at once only when known, else the
            // page's section fetches them (or a reader without script follows its link, which asks the page to wait).
            Results = MeaningAsked is null ? meaning.Known(Edition, request, keywords) : await meaning.FindAsync(Edition, request, keywords, HttpContext.RequestAborted);
            logger.LogDebug("Search of {QueryLength} characters found {Total}", Results.Query.Length, Results.Total);
            if (MeaningBusy.Of(Results) is { } busy && MeaningAsked is not null)
            {
                // Not a page to keep: the same address answers in full once the model has a turn.
                Response.Headers.RetryAfter = busy.RetryAfterSeconds;
                MeaningBusy.Mark(HttpContext);
                Busy = busy;
            }
            if (MeaningAsked == Routes.MeaningOnly)
            {
                var section = Partial("_FoundByMeaning", this);
                if (Busy is not null) section.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return section;
            }
            NamesNothing = Results.Reference is null ? ReferenceToNothing(Results.Query) : null;
            Pasted = Results.Page == 1 ? Core.Quotes.PastedSentence.Of(Edition.Quotes, Results.Query, HttpContext.RequestAborted) : null;
            var page = Page();
            // A page past the last is no page: a 404 that says so and links to the last, not a 200 a crawler keeps.
            if (Results.Total > 0 && Results.Hits.Count == 0) page.StatusCode = StatusCodes.Status404NotFound;
            else if (Busy is not null) page.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return page;
        }
        catch (InvalidSearchException e)
        {
            UnknownFilter = e.Unknown;
            // A whole sentence pasted is over the limits (priority 5's sentence 3, 49 words, is 30 words and phrases):
            // refused, with nothing searched, it was left without the quote check that names it under them.
            if (e.OverLimit && request.Page == 1) Pasted = Core.Quotes.PastedSentence.Of(Edition.Quotes, request.Query, HttpContext.RequestAborted, wordForWordToo: true);
            return Refuse(e.Message);
        }
    }

    /// <summary>
    /// The different queries an address gave as q (<c>?q=security&amp;q=peace</c>), offered each as its own search and
    /// all together, rather than the first searched and the rest dropped without a word (review 18): the page cannot
    /// tell which was meant, and results for one would read as the answer to the address. Null otherwise.
    /// </summary>
    public IReadOnlyList<string>? Queries { get; private set; }

    /// <summary>The words an address gave as <c>q[]</c> and not as q (<see cref="SearchParameters.Bracketed"/>): offered as a search.</summary>
    public string? Instead { get; private set; }

    /// <summary>A kind or document that is none: the page offers the ones there are as links, not as a line of ids.</summary>
    public InvalidSearchException.UnknownFilter? UnknownFilter { get; private set; }

    /// <summary>The documents an unknown <c>doc=</c> was probably meant for ("lei" → lei-kezhong), as the not-found page suggests them.</summary>
    public IReadOnlyList<string> LikelyDocuments => UnknownFilter is { Filter: SearchFilter.Document } && !string.IsNullOrWhiteSpace(Doc)
        ? [.. Addresses.DocumentsLike(Doc).Select(d => d.Id).Where(id => UnknownFilter.Values.Contains(id))]
        : [];

    /// <summary>Why the passages found by meaning asked for could not be searched now (the page still shows the keyword results).</summary>
    public MeaningBusy? Busy { get; private set; }

    /// <summary>
    /// Meaning may add results not searched yet: the page holds their place and fetches them. Also while the model is
    /// still loading, when the fetch says so: a page kept by the output cache then still offers them once it is ready.
    /// </summary>
    public bool MeaningDeferred => Results?.ByMeaningStatus is Core.Search.Meaning.MeaningStatus.Deferred or Core.Search.Meaning.MeaningStatus.NotReady && MeaningAsked is null;

    /// <summary>
    /// Whether the meaning section goes before the keyword results: as the rule put them, or, not yet searched, where
    /// the rule will put any it finds, so that the place held is the place they fill.
    /// </summary>
    public bool MeaningFirst => Results is { } r && (MeaningDeferred ? Core.Search.Meaning.MeaningRule.First(r) : r.ByMeaningFirst || (Busy is not null && Core.Search.Meaning.MeaningRule.First(r)));

    /// <summary>Whether the page has a meaning section at all.</summary>
    public bool HasMeaningSection => Results is { } r && (MeaningDeferred || Busy is not null || r.ByMeaning.Count > 0
        || MeaningFoundNone);

    /// <summary>
    /// Searched by meaning and nothing stood out, now or on an earlier asking whose answer is kept: said on every page of
    /// the answer, with script or without ("none found by meaning"), not only on the page whose script asked.
    /// </summary>
    public bool MeaningFoundNone => Results is { ByMeaningStatus: Core.Search.Meaning.MeaningStatus.Done, ByMeaning.Count: 0 } && Results.Page == 1;

    /// <summary>This search's address with the passages found by meaning: the whole page (show) or its section alone (only).</summary>
    public string MeaningLink(string asked) => Link() + "&" + Routes.MeaningParameter + "=" + asked;

    /// <summary>
    /// The query in quotation marks, as the page names it: a query quoted whole is written once in “ ”, whichever
    /// marks it was typed with (“security of one country” was written ““security of one country””: a fresh-eyes
    /// review, the seventeenth session); any other is written as the reader typed it, its spaces made single, its double
    /// quotation marks kept (“"indivisible security" -lei”; curly ones as the search reads them, straight): they were
    /// turned into ‘ ’, which the reader had not typed and the search reads otherwise (review 19, T7).
    /// </summary>
    public static string Quoted(string? query)
    {
        var cleaned = ReaderQuery.Clean(query);
        if (cleaned.Length > 2 && cleaned[0] == '"' && cleaned.IndexOf('"', 1) == cleaned.Length - 1) return $"“{cleaned[1..^1]}”";
        var typed = string.Join(' ', (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // Whitespace of every kind is one space; a control character, which no reader means, is shown as the search reads it.
        return $"“{(typed.Any(char.IsControl) ? cleaned : typed)}”";
    }

    /// <summary>A phrase of the paper's that holds a common word ("not"), shown when such a word is searched alone.</summary>
    public const string PhraseExample = "\"should not come\"";

    /// <summary>Whether every word of the query is one the index leaves out ("not", "the"), so nothing can be found by it alone.</summary>
    public bool OnlyCommonWords => Results is { } r && r.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(w => GsiPortal.Core.Text.StopWords.Contains(w.Trim('"').ToLowerInvariant()));

    /// <summary>
    /// The sentence of the texts the query nearly copies, a few words changed (review 22, D7): the page names it, says
    /// what differs and offers the quote check, since a pasted quotation found first reads as confirmed. Null otherwise.
    /// </summary>
    public Core.Quotes.PastedSentence? Pasted { get; private set; }

    /// <summary>Why the query, written whole as a reference ("commitment 9", "Part I, paragraph 9"), names no passage; null otherwise.</summary>
    public string? NamesNothing { get; private set; }

    private string? ReferenceToNothing(string query)
    {
        var found = Edition.Addresses.References.Find(query, TimeSpan.FromMilliseconds(50), HttpContext.RequestAborted);
        return found.Unresolved is [var only] && only.Length >= query.Trim().TrimEnd('.').Length
            ? only.Reason.Split(';')[0]
            : null;
    }

    private PageResult Refuse(string reason, int status = StatusCodes.Status400BadRequest)
    {
        Problem = reason;
        Results = null;
        var result = Page();
        result.StatusCode = status;
        return result;
    }

    /// <summary>This search with one parameter changed, for facet and paging links.</summary>
    public string Link(string? kind = "\0", string? doc = "\0", int page = 1, string? query = null)
    {
        var parameters = new List<string> { $"q={Uri.EscapeDataString(query ?? Query ?? "")}" };
        var k = kind == "\0" ? Kind : kind;
        var d = doc == "\0" ? Doc : doc;
        if (!string.IsNullOrEmpty(k)) parameters.Add($"kind={Uri.EscapeDataString(k)}");
        if (!string.IsNullOrEmpty(d)) parameters.Add($"doc={Uri.EscapeDataString(d)}");
        if (page > 1) parameters.Add($"page={page}");
        return Routes.Search + "?" + string.Join("&", parameters);
    }

    /// <summary>
    /// Where a result leads, the searched words marked on arrival: for an item or paragraph of the paper, the sentence
    /// that matched (<c>#s7</c>), not the top of the item; a passage the query names as a reference ("section III",
    /// "commitment 4"), exactly what it names; elsewhere the hit's own address. Results the query named rather than found
    /// (<see cref="SearchResponse.NamedNotFound"/>) lead to their address with nothing marked.
    /// </summary>
    public string ResultLink(SearchHit hit) =>
        // Named by the query, not found by its words (a commentary's paragraphs on an item): nothing to mark.
        Results!.NamedNotFound ? hit.Url : AddressBook.WithHighlight(ResultAddress.Of(hit, Results, Addresses), HighlightWords(Results));

    /// <summary>
    /// What a result's page marks: the words searched, with the forms searched beside or instead of the typed ones
    /// ("interference" for "interfering"), which the snippet marks: the landing page marked only the typed words, so the
    /// word that found the passage went unmarked there (review 20 D4).
    /// </summary>
    public static string HighlightWords(SearchResponse results)
    {
        var words = results.SearchedCorrected ? results.Corrected! : results.Query;
        var forms = results.AlsoSearched.SelectMany(a => a.Forms)
            .Where(f => !words.Contains(f, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return forms.Count == 0 ? words : $"{words} {string.Join(' ', forms)}";
    }

    /// <summary>
    /// Where a result found by meaning leads: for an item or paragraph of the paper, the sentence it is shown by (its
    /// nearest to the query), as a keyword result leads to its matched sentence; nothing marked, since it need not
    /// hold the words.
    /// </summary>
    public string ByMeaningLink(SearchHit hit) => ResultAddress.ByMeaning(hit, Addresses);

    /// <summary>
    /// How a result is headed: an item by its number and heading (the editors' label where the part has them), a
    /// commentary paragraph as readers cite it, "Author (year) ¶n", with the commentary's title beneath; anything
    /// else as the index names it.
    /// </summary>
    public ResultHeading HeadingOf(SearchHit hit) => Addresses.Resolve(hit.Locator) switch
    {
        // An item, or a paragraph of one (a snippet from its third paragraph links there): headed alike, by the item.
        { Item: { } item } => new(item.Label, item.Heading, item.HeadingIsEditors, hit.Location),
        { Document: Core.Content.Commentary c, Paragraphs: [var p, ..] } => new($"{c.Attribution} ¶{p.Label}", null, false, c.Title),
        _ => new(hit.Title, null, false, hit.Location),
    };

    public sealed record ResultHeading(string Name, string? Heading, bool HeadingIsEditors, string Where);

    /// <summary>
    /// The heading a result was found by, the searched words marked: when its snippet marks none of them, or when a
    /// searched word it holds only there (<see cref="ResultNote.Outside"/>).
    /// </summary>
    public MatchedHeading? MatchedHeadingOf(SearchHit hit) =>
        MatchedHeading.Of(hit.Snippet, Addresses.Resolve(hit.Locator), Results!.SearchedCorrected ? Results.Corrected! : Results.Query,
            hit.Note.Outside.Any(o => o.Place is MatchedPlace.Heading or MatchedPlace.Section));

    /// <summary>
    /// The words a result holds only in its commentary's byline or title, each with what that is, to be said on it
    /// (<see cref="ResultNote"/>). Under a group that says it once (<see cref="GroupRecordNote"/>), nothing when it is
    /// said of each, else the place alone; the author's name is never written out again under a group's byline,
    /// which shows it marked.
    /// </summary>
    public IReadOnlyList<(string Label, IReadOnlyList<Core.Text.TextRun>? Text)> RecordNotes(SearchHit hit, ResultGroup? group)
    {
        var once = group is null ? null : GroupRecordNote(group);
        if (once is { Each: true }) return [];
        return [.. FromRecord(hit).Select(o => (PlaceLabel(o.Place), once is not null || (group is not null && o.Place == MatchedPlace.Author) ? null : o.Text))];
    }

    /// <summary>
    /// When two or more results of a commentary's group were found by the same words of its byline or title, and no
    /// result of it by others: the note said once, under the byline, with the place's words marked (the author's name
    /// is marked in the byline itself); <c>Each</c> when it is so of every result, which then say nothing of it.
    /// </summary>
    public GroupNote? GroupRecordNote(ResultGroup group)
    {
        if (!group.IsGroup) return null;
        var noted = group.Hits.Select(h => FromRecord(h).ToList()).Where(n => n.Count > 0).ToList();
        if (noted.Count < 2) return null;
        var first = noted[0];
        foreach (var other in noted.Skip(1))
            if (!other.Select(o => (string.Join('\u0001', o.Words), o.Place)).SequenceEqual(first.Select(o => (string.Join('\u0001', o.Words), o.Place)))) return null;
        return new GroupNote(noted.Count == group.Hits.Count, [.. first.Select(o => (PlaceLabel(o.Place), o.Place == MatchedPlace.Author ? null : o.Text))]);
    }

    /// <summary>
    /// The subject terms of the editors' index every result of a commentary's group is listed under, when all list the
    /// same: said once, under the group's byline ("Each indexed under: indivisible security"), and not under each
    /// result, where "Indexed under: indivisible security" stood twice in a row for Lei ¶5 and ¶4 (review 20). Null when
    /// the results differ, or one has none: then each says its own.
    /// </summary>
    public IReadOnlyList<string>? GroupIndexedUnder(ResultGroup group) =>
        group.IsGroup && group.Hits.Count >= 2 && group.Hits[0].Note.IndexedUnder is { Count: > 0 } first
            && group.Hits.All(h => h.Note.IndexedUnder.SequenceEqual(first, StringComparer.Ordinal)) ? first : null;

    /// <summary>What a group says once of how its results were found: of each (<paramref name="Each"/>) or of those whose notes name the place.</summary>
    public sealed record GroupNote(bool Each, IReadOnlyList<(string Label, IReadOnlyList<Core.Text.TextRun>? Text)> Places);

    /// <summary>A group's byline, the author's name marked where its results were found by it.</summary>
    public IReadOnlyList<Core.Text.TextRun> BylineOf(ResultGroup group, string byline)
    {
        var author = group.Hits.SelectMany(FromRecord).FirstOrDefault(o => o.Place == MatchedPlace.Author);
        var name = author is null ? "" : string.Concat(author.Text.Select(r => r.Text));
        if (author is null || !byline.StartsWith(name, StringComparison.Ordinal)) return [new(byline, false)];
        return [.. author.Text, new(byline[name.Length..], false)];
    }

    /// <summary>The words of a query as typed that a result holds only apart, said on it unless the page says it of every result.</summary>
    public IReadOnlyList<string> ApartOn(SearchHit hit) => Results!.WordsApart ? [] : hit.Note.Apart;

    /// <summary>
    /// No result holds the words in its own text, and each holds them all in one place outside it — "Embassy Update",
    /// where Lei Kezhong's commentary appeared: each result's note says where, and a page-wide note that no passage
    /// holds the words "side by side" was untrue of the venue, which does (a fresh-eyes review).
    /// </summary>
    public bool WordsTogetherOutsideText => Results?.Apart is { InText: 0, OutsideText: { Count: >= 2 } words }
        && Results.Hits.All(hit => hit.Note.Outside.Any(o => words.All(o.Words.Contains)));

    private static IEnumerable<MatchedOutside> FromRecord(SearchHit hit) => hit.Note.Outside.Where(o => o.Place is not (MatchedPlace.Heading or MatchedPlace.Section));

    /// <summary>What the place is, in the editors' words.</summary>
    public static string PlaceLabel(MatchedPlace place) => place switch
    {
        MatchedPlace.Author => "the author's name",
        MatchedPlace.Title => "the commentary's title",
        MatchedPlace.Role => "the author's role, as the byline gives it",
        MatchedPlace.Venue => "where it appeared",
        MatchedPlace.Date => "its date",
        MatchedPlace.Section => "the section heading it stands under",
        _ => "its heading",
    };

    /// <summary>
    /// The page shows no result of the side the query named after one of the other side: the note that the side named
    /// is listed first is made only where it is true of the page (review 21, D2: it stood over Dong Chunling ¶10 and
    /// Ovais Ali Khokhar ¶11 before priority 5).
    /// </summary>
    public bool NamedSideFirst
    {
        get
        {
            if (Results is not { NamedFirst: not TextsNamed.None and var named }) return false;
            var seenOther = false;
            foreach (var hit in ResultGroups.Shown(Sections))
            {
                var isNamed = (hit.Kind == UnitKinds.Commentary) == (named == TextsNamed.Commentaries);
                if (!isNamed) seenOther = true;
                else if (seenOther) return false;
            }
            return true;
        }
    }

    /// <summary>The results in the order shown: strict, then relaxed; a commentary's hits gathered under it (none gathered when filtered to one document).</summary>
    public IReadOnlyList<ResultSection> Sections => sections ??= Results is null ? [] : ResultGroups.Of(Results, Doc);
    private IReadOnlyList<ResultSection>? sections;

    /// <summary>A commentary's heading over its gathered hits: its title, its address, and who wrote it when.</summary>
    public DocumentHeading DocumentHeadingOf(string id) => Library.FindDocument(id) switch
    {
        Core.Content.Commentary c => new(c.Title, AddressBook.Commentary(c), $"{c.Author} · {c.Date.Display}"),
        { } d => new(d.Title, AddressBook.Document(d), d.ShortTitle),
        null => new(id, Routes.Search, ""),
    };

    public sealed record DocumentHeading(string Title, string Url, string Byline);

    /// <summary>The commentary the query names by its author or title ("Dong Chunling"): the page points to it first.</summary>
    public Core.Content.Commentary? NamedCommentary => Results is null ? null : Library.CommentaryNamedBy(Results.Query);

    /// <summary>
    /// Where the query is no commentary's name or title but holds an author's name, whole or in part ("what does dong
    /// chunling say", "khokhar"; the words as corrected where the search corrected them): that commentary, named first,
    /// its title, author and date (review 23, D13). Null otherwise, and where <see cref="NamedCommentary"/> names one.
    /// </summary>
    public Core.Content.AuthorNamed? AuthorNamed => Results is null || NamedCommentary is not null || Results.Reference is not null ? null
        : Core.Content.AuthorNamed.In(Library, Results.SearchedCorrected && Results.Corrected is { } corrected ? corrected : Results.Query);

    public bool HasFilter => !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Doc);

    /// <summary>The filters in force, as the facets name them: "under the filter “Priorities (Part III)”", "under the filters “Commentary paragraphs” and “Lei Kezhong”".</summary>
    public string FilterDescription
    {
        get
        {
            var names = new[] { string.IsNullOrEmpty(Kind) ? null : KindName(Kind), string.IsNullOrEmpty(Doc) ? null : DocumentName(Doc) }.Where(n => !string.IsNullOrEmpty(n)).Select(n => $"“{n}”").ToList();
            return (names.Count == 1 ? "under the filter " : "under the filters ") + string.Join(" and ", names);
        }
    }

    /// <summary>A kind as the filters name it ("Introductions and closings (Parts II, III and IV)"); the address keeps the kind.</summary>
    public string KindName(string kind) => Core.Search.UnitKinds.Label(kind, Paper);

    public string DocumentName(string id) => Library.FindDocument(id) is { } d ? (d.Kind == Core.Content.DocumentKind.Paper ? d.ShortTitle : d.Author) : id;
}
