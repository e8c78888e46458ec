using System.Net;

namespace GsiPortal.Web.Tests.Pages.Search;

[Collection(RealSite.Name)]
public class SearchPageTests(PortalFactory factory)
{
    [Fact]
    public async Task IndivisibleSecurityShowsCommitmentFourFirstLinkedToItsParagraphWithThePhraseMarked()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=indivisible+security");
        var first = page.QuerySelector("ol.results li.result")!;
        // The sentence that matched, in the one grammar of /how-to-cite: "We uphold the principle of indivisible security…" is s7.
        Assert.Equal("/paper/commitments/4?highlight=indivisible%20security#s7", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("Concept Paper › II › Commitment 4", first.QuerySelector(".where")!.TextContent);
        Assert.Contains(first.QuerySelectorAll(".snippet mark"), m => m.TextContent == "indivisible security");
        Assert.Contains("result", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Theory]
    [InlineData("indivisible security")]
    [InlineData("arms control")]
    [InlineData("humanitarian")]
    [InlineData("Ukraine")]
    public async Task EachResultInThePaperLinksToTheSentenceThatHoldsItsFirstMarkedWords(string query)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, $"/search?q={Uri.EscapeDataString(query)}");
        var paperResults = page.QuerySelectorAll("li.result").Where(r => r.QuerySelector("a")!.GetAttribute("href")!.StartsWith("/paper/")).ToList();
        Assert.NotEmpty(paperResults);
        foreach (var result in paperResults)
        {
            var href = result.QuerySelector("a")!.GetAttribute("href")!;
            var fragment = href[(href.IndexOf('#') + 1)..];
            Assert.True(href.Contains('#') && System.Text.RegularExpressions.Regex.IsMatch(fragment, @"^([a-z]+-p\d+-)?s\d+$"), href);
            var (_, target) = await Html.Get(client, href);
            var sentence = target.GetElementById(fragment);
            Assert.True(sentence is not null, $"{href}: no element #{fragment}");
            var firstMark = result.QuerySelector(".snippet mark")!.TextContent;
            Assert.Contains(firstMark, sentence!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("commitment 4", "/paper/commitments/4?")]
    [InlineData("section III", "/paper/priorities?")]
    public async Task AResultTheQueryNamesAsAReferenceLeadsToWhatItNamesNotToASentenceOfIt(string query, string start)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}");
        var href = page.QuerySelector("ol.results li.result a")!.GetAttribute("href")!;
        Assert.StartsWith(start, href);
        Assert.DoesNotContain("#s", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetLinksCarryTheirCountsAndNarrow()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=security");
        var commitment = page.QuerySelectorAll(".facets a").Single(a => a.GetAttribute("href")!.Contains("kind=commitment"));
        Assert.Matches(@"^Commitments \(Part II\) \(\d+\)$", commitment.TextContent.Trim());
        Assert.DoesNotContain("filter", page.QuerySelector("[role=status]")!.TextContent);
        var (_, filtered) = await Html.Get(factory.CreateClient(), commitment.GetAttribute("href")!);
        Assert.Contains("under the filter “Commitments (Part II)”", filtered.QuerySelector("[role=status]")!.TextContent);
        Assert.All(filtered.QuerySelectorAll(".result .where"), w => Assert.Contains("Commitment", w.TextContent));
        Assert.NotNull(page.QuerySelector("nav.pager a[rel=next]"));
    }

    /// <summary>
    /// The kind filters in words a reader understands, not the API's kinds: "paper" beside "Concept Paper (3)" under
    /// Document meant the parts' introductions and closings only, which no reader could guess (a fresh-eyes review).
    /// The links keep the kinds, which are the API's and the addresses' own.
    /// </summary>
    [Fact]
    public async Task KindFiltersSayWhatEachKindIsWhileTheirLinksKeepTheKind()
    {
        // "security" is in every kind of passage: Part I, the items of Parts II–IV, their introductions, the commentaries.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=security");
        var names = page.QuerySelectorAll(".facets ul")[0].QuerySelectorAll("a[href*='kind=']")
            .ToDictionary(a => System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + a.GetAttribute("href")).Query)["kind"]!,
                          a => System.Text.RegularExpressions.Regex.Replace(a.TextContent.Trim(), @"\s*\(\d+\)$", ""));
        Assert.Equal("Introductions and closings (Parts II, III and IV)", names["paper"]);
        Assert.Equal("Background (Part I)", names["background"]);
        Assert.Equal("Commitments (Part II)", names["commitment"]);
        Assert.Equal("Priorities (Part III)", names["priority"]);
        Assert.Equal("Commentary paragraphs", names["commentary"]);
        Assert.DoesNotContain(names.Values, name => name == "paper" || name == "commentary");
        var (_, filtered) = await Html.Get(factory.CreateClient(), "/search?q=security&kind=paper");
        Assert.Contains("under the filter “Introductions and closings (Parts II, III and IV)”", filtered.QuerySelector("[role=status]")!.TextContent);
    }

    /// <summary>
    /// On a phone the filters come after the results; so they must in the document, or a page painted before it is
    /// wholly read (a slow link, a busy phone) shows them first and then pushes them down (a layout shift of 0.31 seen
    /// by the browser tests).
    /// </summary>
    [Fact]
    public async Task TheFiltersFollowTheResultsInTheDocumentAsOnAPhonesScreen()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=indivisible+security");
        var layout = page.QuerySelector(".search-layout")!;
        var parts = layout.Children.Select(c => c.ClassName).ToList();
        Assert.Equal(["result-sections", "facets"], parts);
    }

    [Fact]
    public async Task ARelaxedQuestionSaysWhichWordsWereNotRequired()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=how+does+China+want+disputes+over+trans-boundary+rivers+handled");
        var note = page.QuerySelector("p.relaxed")!;
        Assert.Contains("No result holds every word", note.TextContent);
        Assert.Contains(note.QuerySelectorAll("strong"), s => s.TextContent == "how");
        // With the form searched beside "handled", which the snippet marks, so that the page marks it too (review 20 D4).
        Assert.StartsWith("/paper/priorities/11?highlight=how%20does%20China%20want%20disputes%20over%20trans-boundary%20rivers%20handled%20resolving#s",
            page.QuerySelector("ol.results li.result h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AQueryNeedingMostOfItsWordsSaysHowMany()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=maritime+piracy+robbery+giraffes");
        Assert.Matches(@"each holds at least 2 of maritime, piracy, robbery and giraffes", Html.Folded(page.QuerySelector("p.relaxed")!.TextContent));
    }

    [Fact]
    public async Task AReferenceIsNamedAndItsItemComesFirst()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=III.15");
        Assert.Contains("Priority 15, shown first", page.QuerySelector("p.reference")!.TextContent);
        Assert.StartsWith("/paper/priorities/15", page.QuerySelector("ol.results li.result h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("section III", "/paper/priorities")]
    [InlineData("commitment 4, sentence 2", "/paper/commitments/4#s2")]
    [InlineData("Part II, paragraph 2", "/paper/commitments/2")]
    [InlineData("Background ¶3", "/paper/background#background-p3")]
    public async Task AReferenceLeadsToExactlyWhatItNames(string query, string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(address, page.QuerySelector("p.reference a")!.GetAttribute("href"));
        var first = page.QuerySelector("ol.results li.result h2 a")!.GetAttribute("href")!;
        Assert.Equal(address, first.Split('#')[0].Split('?')[0] + (first.Contains('#') ? "#" + first.Split('#')[1] : ""));
    }

    [Theory]
    [InlineData("commitment 9", "the paper has six commitments")]
    [InlineData("Part I, paragraph 9", "Part I has")]
    [InlineData("Khokhar ¶99", "Ovais Ali Khokhar's commentary has fourteen paragraphs")]
    public async Task AReferenceToNothingSaysWhyAboveTheResults(string query, string reason)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        var note = page.QuerySelector("p.reference.editors")!.TextContent;
        Assert.Contains("names no passage", note);
        Assert.Contains(reason, note);
    }

    [Fact]
    public async Task WordsThatOnlyLookLikeAReferenceAreNotToldTheyNameNothing()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("Article 4 of the UN Charter"));
        Assert.Null(page.QuerySelector("p.reference.editors"));
    }

    [Fact]
    public async Task ACommentaryParagraphNamedByReferenceIsNotCalledThePapers()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Khokhar+paragraph+4");
        var named = page.QuerySelector("p.reference")!.TextContent;
        Assert.Contains("Khokhar", named);
        Assert.Contains("¶4", named);
        Assert.DoesNotContain("paper", named);
    }

    [Fact]
    public async Task ANoAnswerQueryShowsNoResultsAndNoRelaxation()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=nuclear+fusion+reactor");
        Assert.Contains("0 results", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(page.QuerySelector("p.relaxed"));
        Assert.Empty(page.QuerySelectorAll("ol.results li"));
    }

    [Fact]
    public async Task AQueryInChineseIsToldTheTextsAreEnglish()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("全球安全倡议"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The texts here are in English", page.QuerySelector("p.language-note")!.TextContent);
        var (_, english) = await Html.Get(factory.CreateClient(), "/search?q=security");
        Assert.Null(english.QuerySelector("p.language-note"));
    }

    [Fact]
    public async Task ZeroResultsSaySoAndLinkToTheContents()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=zzzqqqxxx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0 results", page.QuerySelector("[role=status]")!.TextContent);
        Assert.NotNull(page.QuerySelector(".zero a[href='/paper']"));
    }

    [Fact]
    public async Task AWordTheTextsLackIsSaidToBeMentionedNowhereNotCorrectedToAnother()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Tibet");
        Assert.Contains("0 results", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("No passage mentions “Tibet”.", page.QuerySelector(".zero p.absent")!.TextContent);
        Assert.Null(page.QuerySelector(".as-typed"));
        Assert.Empty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task AQuestionsOneWordTheTextsLackIsSaidToBeMentionedNowhere()
    {
        // It said "Nothing matched. Try fewer or other words." (review 20): the reader learns which word no text writes.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=what+does+the+paper+say+about+NATO");
        Assert.Equal("No passage mentions “NATO”.", page.QuerySelector(".zero p.absent")!.TextContent);
        Assert.Null(page.QuerySelector(".zero ul.separately"));
        Assert.Empty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task WordsNoPassageHoldsTogetherAreEachOfferedWithTheirCountsAndAWordFoundNowhereIsNamed()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=hegemony+africa+giraffes");
        Assert.Contains("0 results", page.QuerySelector("[role=status]")!.TextContent);
        var words = page.QuerySelectorAll(".zero ul.separately li");
        Assert.Equal(3, words.Length);
        var africa = words[1].QuerySelector("a")!;
        Assert.Equal("/search?q=africa", africa.GetAttribute("href"));
        var (_, alone) = await Html.Get(factory.CreateClient(), africa.GetAttribute("href")!);
        Assert.Contains($"({alone.QuerySelectorAll("li.result").Length} results)", words[1].TextContent);
        Assert.Null(words[2].QuerySelector("a"));
        Assert.Contains("found nowhere", words[2].TextContent);
        Assert.NotNull(page.QuerySelector(".zero a[href='/paper']"));
    }

    [Fact]
    public async Task AWordFoundNowhereBesideAPhraseTheTextsWriteOffersTheSearchWithoutIt()
    {
        // No text names NATO; commitment 3 says "bloc confrontation" (a fresh-eyes review, the nineteenth session).
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=bloc+confrontation+NATO");
        Assert.Contains("0 results", page.QuerySelector("[role=status]")!.TextContent);
        var offer = page.QuerySelector(".zero p.without-absent")!;
        Assert.StartsWith("Without the word found nowhere:", offer.TextContent.Trim());
        var link = offer.QuerySelector("a")!;
        Assert.Equal("/search?q=bloc%20confrontation", link.GetAttribute("href"));
        var (_, without) = await Html.Get(client, link.GetAttribute("href")!);
        var shown = without.QuerySelectorAll("li.result");
        Assert.Contains($"({shown.Length} results)", offer.TextContent);
        Assert.StartsWith("/paper/commitments/3", shown[0].QuerySelector("h2 a")!.GetAttribute("href"));
        // Words that never meet are not offered together.
        var (_, apart) = await Html.Get(client, "/search?q=hegemony+africa+giraffes");
        Assert.Null(apart.QuerySelector(".zero p.without-absent"));
    }

    [Fact]
    public async Task NothingUnderAFilterNamesTheFilterAndLinksToTheSearchWithoutIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=hegemony&kind=priority&doc=paper");
        var zero = page.QuerySelector(".zero")!;
        Assert.Contains("0 results for “hegemony” under the filters “Priorities (Part III)” and “Concept Paper”", page.QuerySelector("[role=status]")!.TextContent);
        var wider = zero.QuerySelector("a[href='/search?q=hegemony']")!;
        var (_, all) = await Html.Get(factory.CreateClient(), wider.GetAttribute("href")!);
        Assert.Contains($"{all.QuerySelectorAll("li.result").Length} results", wider.TextContent);
    }

    [Fact]
    public async Task WordsFoundOnlyApartAreSaidToBeApart()
    {
        var (_, apart) = await Html.Get(factory.CreateClient(), "/search?q=human+rights");
        Assert.NotEmpty(apart.QuerySelectorAll("li.result"));
        Assert.Contains("side by side", apart.QuerySelector("p.words-apart")!.TextContent);
        var (_, together) = await Html.Get(factory.CreateClient(), "/search?q=indivisible+security");
        Assert.Null(together.QuerySelector("p.words-apart"));
    }

    /// <summary>
    /// "human rights": commitment 4 says "Humanity", and Chen Xiangyang's paragraphs hold "human" only in his title. The
    /// note said "each result holds them apart" of all four (a fresh-eyes review); it now says what each holds.
    /// </summary>
    [Fact]
    public async Task TheWordsApartNoteSaysWhereTheResultsHoldTheWords()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=human+rights");
        var note = page.QuerySelector("p.words-apart")!.TextContent;
        Assert.DoesNotContain("each result holds them apart", note);
        // Said of the one result that writes it (commitment 4), not of every result that holds the words apart.
        Assert.Contains("(one of them writes “Humanity” for “human”)", note);
        Assert.Contains("each of the others holds “human” only in a heading or in its commentary's title or byline", note);
    }

    /// <summary>
    /// "Lei peace deficit": Lei Kezhong ¶3 says "peace deficit", and holds "Lei" only in its byline. The note said "No
    /// passage has the words … side by side: the results here hold “Lei” or “deficit” or “peace” only in a heading…",
    /// which a fresh-eyes review read, fairly, as said of every word of every result, and untrue of ¶3.
    /// </summary>
    [Fact]
    public async Task WhereNoResultHoldsEveryWordInItsTextTheNoteSaysSoOfEachResultNotOfEveryWord()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Lei+peace+deficit");
        var note = page.QuerySelector("p.words-apart")!.TextContent;
        Assert.StartsWith("No passage's own text holds every word of “Lei peace deficit”: each result here holds one or more of", note);
        Assert.DoesNotContain("side by side", note);
        Assert.Contains(page.QuerySelectorAll("li.result .snippet mark"), m => m.TextContent.Equals("peace deficit", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"what about food security": every result holds "security", which the note named as not required.</summary>
    [Fact]
    public async Task TheRelaxedNoteNamesOnlyWordsSomeResultLacks()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=what+about+food+security");
        var note = page.QuerySelector("p.relaxed")!;
        Assert.Equal(["what", "about"], note.QuerySelectorAll("strong").Select(s => s.TextContent));
    }

    [Fact]
    public async Task APagePastTheLastSaysSoAndLinksToTheLast()
    {
        var (_, first) = await Html.Get(factory.CreateClient(), "/search?q=security");
        var last = int.Parse(System.Text.RegularExpressions.Regex.Match(first.QuerySelector(".pager .up")!.TextContent, @"of (\d+)").Groups[1].Value);
        var (response, past) = await Html.Get(factory.CreateClient(), $"/search?q=security&page={last + 1}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(past.QuerySelectorAll("li.result"));
        Assert.Equal($"/search?q=security&page={last}", past.QuerySelector("p.past-last a")!.GetAttribute("href"));
        // No "Page 50 of 11" beside it.
        Assert.Null(past.QuerySelector(".results-pager"));
    }

    [Theory]
    [InlineData("not")]
    [InlineData("the")]
    public async Task AWordTooCommonToSearchForIsNotSaidToBeAbsent(string word)
    {
        // "not" stands in commitment 4; "No passage mentions “not”" was untrue.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + word);
        Assert.Null(page.QuerySelector("p.absent"));
        Assert.Contains("too common to search for alone", page.QuerySelector("p.too-common")!.TextContent);
        var (_, phrase) = await Html.Get(factory.CreateClient(), page.QuerySelector("p.too-common a")!.GetAttribute("href")!);
        Assert.NotEmpty(phrase.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task APageNumberPastAnySearchSaysThereIsNoSuchPage()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&page=999999999999");
        // 404, as every page past a search's last (review 19, D11): it was 400, where page 999 was 404.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no page 999999999999", page.Body!.TextContent);
        Assert.DoesNotContain("whole number from 1", page.Body!.TextContent);
    }

    [Fact]
    public async Task APagePastAnySearchsPagesSaysHowManyThisSearchFills()
    {
        // It said "Pages run from 1 to 100", of a search whose results fill 11 pages.
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&page=999");
        var (_, fifty) = await Html.Get(factory.CreateClient(), "/search?q=security&page=50");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var said = page.QuerySelector("p.past-last")!.TextContent;
        Assert.StartsWith("There is no page 999: the ", said);
        Assert.Equal(fifty.QuerySelector("p.past-last")!.TextContent.Replace("page 50", "page 999"), said);
        Assert.DoesNotContain("1 to 100", page.Body!.TextContent);
    }

    [Fact]
    public async Task AQueryOfExcludedWordsOnlyIsToldSoOnThePage()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=-security");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = page.QuerySelector("main p.problem[role=alert]")!.TextContent;
        Assert.StartsWith("A search cannot be only of excluded words", problem);
        Assert.Contains("“peace -security”", problem);
        Assert.Equal("-security", page.QuerySelector("main input#q")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task AnUnknownDocumentIsRefusedWithTheDocumentsThereAreAsAnUnknownKindIs()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&doc=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown document 'bogus'. Documents are: ", Html.MainText(page));
        // Each a link to the same search in it (UnknownFilterTests), with its id beside its name.
        Assert.Equal("dong-chunling", page.QuerySelector("p.problem a[href='/search?q=security&doc=dong-chunling'] + code")!.TextContent);
        var (kindResponse, _) = await Html.Get(factory.CreateClient(), "/search?q=security&kind=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, kindResponse.StatusCode);
    }

    /// <summary>meaning= other than show or only was ignored, where kind= and doc= are refused (a reader's review).</summary>
    [Fact]
    public async Task AnUnknownMeaningIsRefusedWithTheTwoThereAre()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&meaning=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("meaning must be show (wait for the passages found by meaning) or only (those passages alone)", page.QuerySelector("p.problem")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("li.result"));
        var (asUsual, _) = await Html.Get(factory.CreateClient(), "/search?q=security&meaning=");
        Assert.Equal(HttpStatusCode.OK, asUsual.StatusCode);
    }

    [Fact]
    public async Task TheSearchPageHasOneSearchBoxOtherPagesKeepTheSitesOwn()
    {
        var (_, search) = await Html.Get(factory.CreateClient(), "/search?q=security");
        Assert.Single(search.QuerySelectorAll("form[role=search]"));
        var (_, paper) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.NotNull(paper.QuerySelector("header form.site-search #site-q"));
    }

    [Theory]
    [InlineData("sovereignity", "sovereignty", "\"sovereignity\"")]
    [InlineData("indivisable security", "indivisible security", "\"indivisable\" security")]
    public async Task AMisspellingIsSearchedCorrectedAndTheReadersOwnSpellingIsALinkAway(string typed, string corrected, string asTyped)
    {
        // One rule, said the same way: "sovereignity" was offered "did you mean", "indivisable" corrected silently by its stem.
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(typed));
        var count = page.QuerySelector("[role=status]")!;
        Assert.StartsWith("Showing ", count.TextContent.Trim());
        Assert.Equal(corrected, count.QuerySelector("strong")!.TextContent);
        var own = page.QuerySelector("p.as-typed")!;
        Assert.Equal($"Search instead for {typed} as typed.", own.TextContent);
        Assert.Equal(asTyped, System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + own.QuerySelector("a")!.GetAttribute("href")).Query)["q"]);
        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task AQueryThatFindsNothingIsSearchedCorrectedAndSaysSo()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=sanctoins");
        Assert.Contains("Showing", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("sanctions", page.QuerySelector("[role=status] strong")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task AQuotationMarkNeverClosedIsSaidAndThePhraseIsOffered()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString("China \"indivisible security"));
        var note = page.QuerySelector("p.unclosed-quote")!;
        Assert.Equal("The quotation mark before “indivisible security” is not closed, so its words were searched apart. Search “indivisible security” as a phrase.",
            note.TextContent.Trim());
        var phrase = note.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/search?q=" + Uri.EscapeDataString("China \"indivisible security\""), phrase);
        // The phrase offered is searched as one: no note there, and every result holds it.
        var (_, asPhrase) = await Html.Get(client, phrase);
        Assert.Null(asPhrase.QuerySelector("p.unclosed-quote"));
        Assert.NotEmpty(asPhrase.QuerySelectorAll("li.result"));
        // Closed quotation marks, and one mark before a single word, say nothing.
        foreach (var closed in new[] { "\"indivisible security\"", "China \"security", "indivisible security" })
        {
            var (_, other) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(closed));
            Assert.Null(other.QuerySelector("p.unclosed-quote"));
        }
    }

    [Fact]
    public async Task AWildcardOfOneLetterIsSaidToNeedMoreNotToBeFoundNowhere()
    {
        // "s*" said "No passage mentions “s*”", where the reason was the wildcard's one letter (a fresh-eyes review).
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=s*");
        Assert.StartsWith("“s*” was not searched: a wildcard needs at least 2 letters before its *", page.QuerySelector("p.query-note")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("p.absent"));
        var (_, cooperat) = await Html.Get(factory.CreateClient(), "/search?q=cooperat*");
        Assert.NotEmpty(cooperat.QuerySelectorAll("li.result"));
        Assert.Null(cooperat.QuerySelector("p.query-note"));
        Assert.Contains(cooperat.QuerySelectorAll("li.result mark"), m => m.TextContent.StartsWith("cooperat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task LucenesMarksAreSaidToBeLeftOut()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("security^10"));
        Assert.StartsWith("“^10” was left out", page.QuerySelector("p.query-note")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
    }

    [Fact]
    public async Task FullWidthLatinIsNotToldToUseEnglish()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("ｓｅｃｕｒｉｔｙ"));
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
        Assert.Null(page.QuerySelector("p.language-note"));
    }

    [Fact]
    public async Task AQueryWhoseBytesAreNotTextIsRefusedSayingSo()
    {
        var response = await factory.CreateClient().GetAsync("/search?q=%C3%28");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("The query is not valid text", body);
    }

    [Fact]
    public async Task TheApiGivesTheUnclosedQuotationsWordsAndThePhrasesQuery()
    {
        var client = factory.CreateClient();
        using var open = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("\"indivisible security")));
        var unclosed = open.RootElement.GetProperty("unclosedQuote");
        Assert.Equal("indivisible security", unclosed.GetProperty("words").GetString());
        Assert.Equal("\"indivisible security\"", unclosed.GetProperty("query").GetString());
        using var closed = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=indivisible+security"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, closed.RootElement.GetProperty("unclosedQuote").ValueKind);
    }

    [Fact]
    public async Task WordsFoundSideBySideWhereACommentaryAppearedAreNotSaidToBeApart()
    {
        // "Embassy Update" is where Lei Kezhong's commentary appeared: each result's group says so, and the page said
        // no passage's text held the words, "only in a heading or in its commentary's title or byline" (a fresh-eyes review).
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=Embassy+Update");
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
        Assert.Null(page.QuerySelector("p.words-apart"));
        Assert.Contains("where it appeared", page.QuerySelector("p.matched-record")!.TextContent);
        // Words a result holds in its text and in a heading still get the page's note ("human rights", below).
        var (_, human) = await Html.Get(factory.CreateClient(), "/search?q=human+rights");
        Assert.NotNull(human.QuerySelector("p.words-apart"));
    }

    public static TheoryData<string> HostileInputs => new()
    {
        "\"unbalanced", "*", "~", ":", "\\", "[", "]", "(", ")", "{", "}", "a AND", "OR", "NOT", "-", "--", "\"\"", "title:security",
        new string('x', 2000), "\u0001\u0002\u0007 security", "🛡️ security 🌍", "全球安全倡议", "https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html",
        "<script>alert(1)</script>", "' OR 1=1 --", "security~2", "secur*^4", "/regex/", "a* b* c* d*", "\u202Esecurity", "\uFEFF", "%00", "../../etc/passwd",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task HostileInputNeverFailsAndIsAlwaysEncoded(string query)
    {
        foreach (var address in new[] { "/search?q=", "/api/search?q=", "/api/suggest?q=" })
        {
            var response = await factory.CreateClient().GetAsync(address + Uri.EscapeDataString(query));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{address}: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.False(body.Contains("<script>alert", StringComparison.Ordinal), $"{address} reflects the script unencoded");
            Assert.DoesNotContain("at GsiPortal.", body);
        }
    }

    [Fact]
    public async Task ACommentaryHitIsHeadedAsReadersCiteItAndAnItemByItsHeading()
    {
        var (_, authors) = await Html.Get(factory.CreateClient(), "/search?q=Dong+Chunling");
        var headings = authors.QuerySelectorAll("ol.results li.result h2, ol.results li.result h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings.Where(h => h.StartsWith("Dong", StringComparison.Ordinal)), h => Assert.Matches(@"^Dong Chunling \(2022\) ¶\d+$", h));
        Assert.Equal(headings.Count, headings.Distinct().Count());

        // The author's name points to the commentary itself, above its paragraphs.
        var named = authors.QuerySelector("p.reference a")!;
        Assert.Equal("/commentaries/dong-chunling", named.GetAttribute("href"));
        Assert.Equal("The Promise of the Global Security Initiative", named.TextContent.Trim());

        var (_, items) = await Html.Get(factory.CreateClient(), "/search?q=III.8");
        var first = items.QuerySelector("ol.results li.result h2")!;
        Assert.StartsWith("Priority 8: ", first.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("span.editors"));

        // A snippet from an item's later paragraph links to its sentence there, and is headed by its item all the same.
        var (_, africa) = await Html.Get(factory.CreateClient(), "/search?q=Africa");
        var paragraphHits = africa.QuerySelectorAll("ol.results li.result h2 a").Where(a => a.GetAttribute("href")!.Contains("#s", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(paragraphHits);
        Assert.All(paragraphHits, a => Assert.Matches(@"^(Priority|Platform|Commitment) \d+: \S", a.TextContent.Trim()));
        Assert.All(africa.QuerySelectorAll("ol.results li.result h2 a").Where(a => a.GetAttribute("href")!.StartsWith("/paper/priorities/", StringComparison.Ordinal)),
            a => Assert.NotNull(a.QuerySelector("span.editors")));
    }

    [Fact]
    public async Task ACommentarysHitsStandTogetherUnderItsHeadingAfterTheBestResult()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=indivisible+security");
        var top = page.QuerySelector("ol.results")!.Children.ToList();
        // The best result stays first, alone: an item of the paper is its own heading.
        Assert.Equal("/paper/commitments/4?highlight=indivisible%20security#s7", top[0].QuerySelector("h2 a")!.GetAttribute("href"));
        var group = page.QuerySelector("ol.results > li.result-group[data-document=lei-kezhong]")!;
        Assert.Equal("/commentaries/lei-kezhong", group.QuerySelector("h2.document-heading a")!.GetAttribute("href"));
        var hits = group.QuerySelectorAll("ol.group-results > li.result h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(hits.Count >= 2);
        Assert.All(hits, h => Assert.Matches(@"^Lei Kezhong \(2022\) ¶\d+$", h));
        // One group per commentary: no commentary heads two groups, and none of its hits stands outside its group.
        var documents = page.QuerySelectorAll("li.result-group").Select(g => g.GetAttribute("data-document")).ToList();
        Assert.Equal(documents.Count, documents.Distinct().Count());
        Assert.DoesNotContain(page.QuerySelectorAll("ol.results > li.result h2 a"), a => a.GetAttribute("href")!.StartsWith("/commentaries/lei-kezhong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACommentaryWithManyHitsLinksToTheRestThroughItsDocumentFilter()
    {
        // "China": commentaries among the first page's results, with more on the next ("security" had them too until
        // section headings stopped weighing as an item's own; its first page is now the paper's items).
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=China");
        var group = page.QuerySelectorAll("li.result-group").First(g => g.QuerySelector("p.more a") is not null);
        var shown = group.QuerySelectorAll("ol.group-results > li.result").Length;
        var more = group.QuerySelector("p.more a")!;
        var document = group.GetAttribute("data-document")!;
        Assert.Matches(@"^\d+ more in this commentary$", more.TextContent.Trim());
        Assert.Equal($"/search?q=China&doc={document}", more.GetAttribute("href"));
        var (_, filtered) = await Html.Get(factory.CreateClient(), more.GetAttribute("href")!);
        // Filtered to the commentary, its hits are listed each under its own heading, none gathered or cut.
        Assert.Empty(filtered.QuerySelectorAll("li.result-group, p.more"));
        var n = int.Parse(more.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        // Its matches on this page and on the others: every one of them, none skipped.
        Assert.Contains($"{n + shown} result", filtered.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task AQueryThatFindsTooLittleShowsItsStrictResultsThenTheRelaxedOnesUnderAnEditorsLine()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=nuclear+war");
        var lists = page.QuerySelectorAll("ol.results").ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(2, lists[0].QuerySelectorAll("li.result").Length);
        Assert.Contains("relaxed-results", lists[1].ClassList);
        Assert.True(lists[1].QuerySelectorAll("li.result").Length >= 2);
        var line = page.QuerySelector("p.relaxed-more")!;
        Assert.Contains("editors", line.ClassList);
        Assert.StartsWith("Fewer words matched", line.TextContent.Trim());
        Assert.Same(lists[1], line.NextElementSibling);
        Assert.Contains("2 holding every word", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(page.QuerySelector("p.relaxed"));
    }

    [Fact]
    public async Task AnExpansionThatContributedIsNamedInTheEditorsStyle()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=cyber+attacks");
        var note = page.QuerySelector("p.also-searched")!;
        Assert.Contains("editors", note.ClassList);
        Assert.Contains(note.QuerySelectorAll("strong"), s => s.TextContent == "cyber threats");
        // No passage says "cyber attacks": the note says so rather than implying the words were found.
        Assert.StartsWith("No passage says “cyber attacks”; searched instead:", note.TextContent.Trim());
        var (_, united) = await Html.Get(factory.CreateClient(), "/search?q=United+Nations");
        Assert.Contains("Also searched:", united.QuerySelector("p.also-searched")!.TextContent);
        Assert.Contains("(for “United Nations”)", united.QuerySelector("p.also-searched")!.TextContent);
        var (_, plain) = await Html.Get(factory.CreateClient(), "/search?q=outer+space");
        Assert.Null(plain.QuerySelector("p.also-searched"));
    }

    [Fact]
    public async Task AHyphenatedWordTheTextsNeverWriteFindsItsRelativeAndSaysSo()
    {
        // A fresh-eyes review: "one-sided sanctions" found nothing, while commitment 5 says "Abusing unilateral sanctions".
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=one-sided+sanctions");
        var note = page.QuerySelector("p.also-searched")!;
        Assert.StartsWith("No passage says “one-sided”; searched instead:", note.TextContent.Trim());
        Assert.Contains(note.QuerySelectorAll("strong"), s => s.TextContent == "unilateral");
        Assert.StartsWith("/paper/commitments/5?", page.QuerySelector("ol.results li.result h2 a")!.GetAttribute("href"));
    }
    /// <summary>
    /// A search of invisible characters only is refused as the API refuses it, with a reason and an empty box: it was a
    /// blank 200 that echoed the NUL (review 18, D13). Nothing typed at all is still the empty form.
    /// </summary>
    [Theory]
    [InlineData("%00")]
    [InlineData("%E2%80%8B")]
    [InlineData("%E2%80%8F%00%E2%80%8B")]
    [InlineData("%E2%80%AE%E2%80%8B")]
    public async Task ASearchOfInvisibleCharactersOnlySaysSo(string q)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=" + q);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only invisible characters", page.QuerySelector("p.problem[role=alert]")!.TextContent);
        Assert.Equal("", page.QuerySelector("input#q")!.GetAttribute("value") ?? "");
        var api = await factory.CreateClient().GetAsync("/api/search?q=" + q);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);

        var (blank, form) = await Html.Get(factory.CreateClient(), "/search?q=");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Null(form.QuerySelector("p.problem"));
    }
}
