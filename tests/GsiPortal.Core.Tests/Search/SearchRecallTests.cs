using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>Recall without junk, on the real content: relaxation and its floor, references, the record, expansions, a restrained corrector.</summary>
public class SearchRecallTests
{
    private static SearchResponse Search(string q, string? kind = null, string? doc = null) =>
        RealContent.Index.Search(new SearchRequest(q, kind, doc));

    [Fact]
    public void AQuestionInTheReadersWordsDropsItsFunctionWordsAndSaysSo()
    {
        var response = Search("how does China want disputes over trans-boundary rivers handled");
        Assert.Equal("paper/priority-11", response.Hits[0].Id);
        var relaxed = Assert.IsType<Relaxation>(response.Relaxed);
        Assert.Contains("how", relaxed.NotRequired);
        Assert.Contains("does", relaxed.NotRequired);
        Assert.DoesNotContain("rivers", relaxed.NotRequired);
    }

    [Fact]
    public void WhenNoUnitHoldsEveryWordMostOfThemAreRequiredRareOnesCountingMost()
    {
        // No unit mentions giraffes; priority 11 holds the other three words.
        var response = Search("maritime piracy robbery giraffes");
        Assert.Equal("paper/priority-11", response.Hits[0].Id);
        var relaxed = Assert.IsType<Relaxation>(response.Relaxed);
        Assert.True(relaxed.MostOf);
        Assert.Equal(4, relaxed.Words.Count);
    }

    [Fact]
    public void AStrictMatchIsNotRelaxed() => Assert.Null(Search("trans-boundary rivers").Relaxed);

    [Theory]
    [InlineData("nuclear fusion reactor")]
    [InlineData("football world cup")]
    [InlineData("South China Sea arbitration")]
    [InlineData("what is the capital of France")]
    [InlineData("NATO expansion")]
    public void AQueryWithNoAnswerFindsNothingRatherThanItsCommonestWord(string query) => Assert.Equal(0, Search(query).Total);

    [Theory]
    [InlineData("II.4", "paper/commitment-4", "Commitment 4")]
    [InlineData("III.15", "paper/priority-15", "Priority 15")]
    [InlineData("commitment 4", "paper/commitment-4", "Commitment 4")]
    [InlineData("priority eight", "paper/priority-8", "Priority 8")]
    public void AReferenceJumpsToItsItemFirst(string query, string id, string label)
    {
        var response = Search(query);
        Assert.Equal(id, response.Hits[0].Id);
        Assert.Equal(label, response.Reference);
    }

    [Fact]
    public void APartWrittenAsSuchLeadsToItsFirstPassageButALoneIOrDigitDoesNot()
    {
        var part = Search("part III");
        Assert.Equal("paper/priorities-p1", part.Hits[0].Id);
        Assert.Equal("Part III, Priorities of cooperation", part.Reference);
        Assert.Equal("paper/platforms-p1", Search("IV").Hits[0].Id);
        Assert.Null(Search("I").Reference);
        Assert.Null(Search("2").Reference);
    }

    [Theory]
    [InlineData("Khokhar ¶4", "ovais-ali-khokhar/p4", "Ovais Ali Khokhar (2023), ¶4")]
    [InlineData("paragraph 4 of Khokhar", "ovais-ali-khokhar/p4", "Ovais Ali Khokhar (2023), ¶4")]
    [InlineData("Lei Kezhong, para. 5", "lei-kezhong/p5", "Lei Kezhong (2022), ¶5")]
    [InlineData("commitment 4 indivisible", "paper/commitment-4", "Commitment 4")]
    [InlineData("the fourth commitment", "paper/commitment-4", "Commitment 4")]
    public void EveryReferenceIsReadFirstCommentaryParagraphsAndReferencesWithWordsToo(string query, string id, string label)
    {
        var response = Search(query);
        Assert.Equal(id, response.Hits[0].Id);
        Assert.Equal(label, response.Reference);
    }

    [Fact]
    public void SectionThreeIsPartThreeNeverACorrection()
    {
        var response = Search("section III");
        Assert.Equal("paper/priorities-p1", response.Hits[0].Id);
        Assert.Equal("/paper/priorities", response.Hits[0].Url);
        Assert.Equal("Part III: Priorities of cooperation", response.Hits[0].Title);
        Assert.Equal("Part III, Priorities of cooperation", response.Reference);
        Assert.Null(response.Corrected);
    }

    [Fact]
    public void AReferenceOutsideTheKindFilterIsNamedButNotShown()
    {
        var response = Search("II.4", kind: UnitKinds.Commentary);
        Assert.Equal("Commitment 4", response.Reference);
        Assert.DoesNotContain(response.Hits, h => h.Id == "paper/commitment-4");
    }

    [Theory]
    [InlineData("Dong Chunling", "dong-chunling")]
    [InlineData("Ovais Ali Khokhar", "ovais-ali-khokhar")]
    [InlineData("Embassy Update", "lei-kezhong")]
    public void ACommentarysAuthorAndVenueFindItFirstParagraphFirst(string query, string document)
    {
        var response = Search(query);
        Assert.Equal($"{document}/p1", response.Hits[0].Id);
        Assert.All(response.Hits, h => Assert.Equal(document, h.Document));
    }

    [Fact]
    public void ACommentarysTitleFindsIt() =>
        Assert.All(Search("Bridges Peace Deficit").Hits.Take(3), h => Assert.Equal("lei-kezhong", h.Document));

    [Fact]
    public void AnAuthorAndASubjectTogetherFindHerParagraphOnIt() => Assert.Equal("dong-chunling/p15", Search("Dong Chunling Taiwan").Hits[0].Id);

    [Fact]
    public void AnEditorsLabelFindsItsItem() => Assert.Equal("paper/priority-5", Search("Hotspots and the Ukraine crisis").Hits[0].Id);

    [Fact]
    public void AnItemsHeadingsHoldItsEditorsLabelAndReferenceButNotItsText()
    {
        var unit = SearchUnits.From(RealContent.Library).Single(u => u.Id == "paper/priority-8");
        Assert.Contains("Africa", unit.Headings);
        Assert.Contains("III.8", unit.Headings);
        Assert.DoesNotContain("Africa", unit.Text[..20]);
    }

    [Fact]
    public void DerivedFormsMeet()
    {
        Assert.Contains(Search("Africa").Hits, h => h.Id == "paper/priority-1"); // "African Union (AU)"
        Assert.Contains(Search("Asian").Hits, h => h.Id == "paper/platform-2"); // "Central Asia"
    }

    [Fact]
    public void AnAbbreviationAndItsLongFormFindTheSameUnits()
    {
        var shortForm = Search("UN Charter").Hits.Select(h => h.Id).ToHashSet();
        var longForm = Search("United Nations Charter").Hits.Select(h => h.Id).ToHashSet();
        Assert.Contains("paper/commitment-3", shortForm);
        Assert.Contains("ovais-ali-khokhar/p2", shortForm); // writes "United Nations Charter"
        Assert.Contains("paper/commitment-3", longForm);    // writes "UN Charter"
    }

    [Fact]
    public void AnAbbreviationInCapitalsMatchesOnlyAsTheAbbreviation()
    {
        var us = Search("US");
        Assert.NotEmpty(us.Hits);
        Assert.All(us.Hits, h => Assert.Equal(UnitKinds.Commentary, h.Kind)); // "the United States", "China-U.S."; the paper names neither
        Assert.DoesNotContain(us.Hits, h => h.Id == "paper/priority-4"); // "Peaceful Uses"
        Assert.DoesNotContain(Search("United States").Hits, h => h.Id == "paper/priority-4"); // the long form finds "US" only in capitals
        Assert.Contains(Search("United Nations").Hits, h => h.Id == "paper/commitment-3"); // writes "UN Charter"
        Assert.Equal("paper/priority-17", Search("WHO").Hits[0].Id); // "the World Health Organization"
        Assert.Equal("paper/priority-4", Search("WMD").Hits[0].Id); // "weapons of mass destruction"
    }

    [Theory]
    [InlineData("cyber attacks", "paper/priority-13")]
    [InlineData("mine clearing", "paper/priority-4")]
    [InlineData("global warming", "paper/priority-20")]
    [InlineData("how does china want disputes handled", "paper/commitment-5")] // "peacefully resolving … disputes"; a reader's review
    public void AReadersParaphraseFindsTheTextsWords(string query, string id)
    {
        var response = Search(query);
        Assert.Equal(id, response.Hits[0].Id);
        Assert.Null(response.Corrected);
    }

    [Theory]
    [InlineData("Liberthal")]        // in the texts once: rare, not wrong
    [InlineData("nato")]             // a known abbreviation, though the texts never use it
    [InlineData("NATO")]
    [InlineData("ABCD")]             // capitals: an abbreviation the reader knows
    [InlineData("peace Smithers")]   // a capitalised name
    [InlineData("cyber attaches")]   // "attaches" is a real word; no "cyber attaches" to offer
    [InlineData("mine clearing")]
    [InlineData("negotiating")]      // a regular form of the stem its nearest word "negotiation" has
    [InlineData("globalisation")]    // the other spelling, searched beside the word and named as such
    [InlineData("weaponise")]        // searched as "weaponization", "weaponizing": never "weapons"
    public void TheCorrectorLeavesAloneWhatIsNotMisspelled(string query) => Assert.Null(Search(query).Corrected);

    [Fact]
    public void AMisspellingThatFindsNothingIsCorrectedAndSearched()
    {
        var response = Search("peacekeping");
        Assert.Equal("peacekeeping", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("paper/priority-1", response.Hits[0].Id);
    }

    /// <summary>
    /// A guess whose words are all found but never together is not relaxed into an answer of its own: "boat" is not
    /// "Boao", and "banned" is not "banner".
    /// </summary>
    [Theory]
    [InlineData("all countries are in one boat", "boao")]
    [InlineData("should weapons be banned from space", "banner")]
    public void ACorrectionTheTextsDoNotBearOutIsNotSearched(string typed, string guess)
    {
        var response = Search(typed);
        Assert.DoesNotContain(guess, response.Corrected ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.False(response.SearchedCorrected);
    }

    /// <summary>
    /// Two slips among words typed right: the corrected words are all found, never all together, but a word of the
    /// subject typed right meets them in a unit, which bears the correction out. "artifical inteligence military use"
    /// found nothing and said "artifical (found nowhere)" (a fresh-eyes review); "artificial intelligence" alone was
    /// corrected. "boao" meets no word of "all countries are in one boat" but the common "countries", and stays unsearched.
    /// </summary>
    [Fact]
    public void ACorrectionAWordTypedRightBearsOutIsSearched()
    {
        var response = Search("artifical inteligence military use");
        Assert.Equal("artificial intelligence military use", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("artifical inteligence military use", response.Query);
        Assert.Equal("paper/priority-15", response.Hits[0].Id);
        Assert.Equal(Search("artificial intelligence military use").Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
    }

    /// <summary>
    /// The corrected query is answered as a query typed right would be, relaxed where its words are not all found
    /// together: no passage says "extremism", and "terrorism and extremism" finds priority 12 by "terrorism".
    /// </summary>
    [Theory]
    [InlineData("terorism and extremism", "terrorism and extremism")]
    [InlineData("outer spce weapons", "outer space weapons")]
    public void AMisspellingAmongOtherWordsFindsWhatTheWordsTypedRightFind(string typed, string right)
    {
        var response = Search(typed);
        var expected = Search(right);
        Assert.True(expected.Total > 1, $"{right}: {expected.Total}");
        Assert.Equal(right, response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal(typed, response.Query);
        Assert.Equal(expected.Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        Assert.Equal(expected.Total, response.Total);
    }

    /// <summary>
    /// "france" is two edits from "face": a guess, not a slip. Relaxed, the guess answered "what is the capital of
    /// france" with six passages saying "in the face of…", none about either word typed (a fresh-eyes review). A
    /// guess is searched only as a whole query; a slip of one letter, above, is relaxed as typed words are.
    /// </summary>
    [Fact]
    public void AGuessTwoEditsAwayNeverAnswersWithTheGuessedWordAlone()
    {
        var response = Search("what is the capital of france");
        Assert.False(response.SearchedCorrected, response.Corrected);
        Assert.DoesNotContain(response.Hits, h => h.Snippet.Any(r => r.Marked && r.Text.Contains("face", StringComparison.OrdinalIgnoreCase)));
        // The slips still are corrected and relaxed: a transposition is one slip ("sanctoins"), as is a letter left out.
        Assert.Equal("sanctions and terrorism", Search("sanctoins and terrorism").Corrected);
        Assert.True(Search("sanctoins and extremism").SearchedCorrected);
    }

    [Fact]
    public void AMisspellingThatFindsSomethingByItsStemIsSearchedCorrectedWithItsOwnSpellingALinkAway()
    {
        // "sovereignity" is stemmed "sovereign": it found the two passages saying "Sovereign equality"; it was offered
        // "did you mean", while "indivisable" was corrected silently by its stem. One rule now: the correction is
        // searched, and the words as typed are one quoted search away.
        var response = Search("sovereignity");
        Assert.Equal("sovereignty", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal(Search("sovereignty").Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        Assert.Equal("paper/commitment-2", response.Hits[0].Id);
        Assert.Equal("\"sovereignity\"", response.AsTyped);
        var asTyped = Search(response.AsTyped!);
        Assert.Null(asTyped.Corrected);
        Assert.Equal(["paper/commitment-2", "chen-xiangyang/p7"], asTyped.Hits.Select(h => h.Id));
    }

    [Fact]
    public void AQuotedMisspellingThatFindsNothingIsStillCorrected()
    {
        var response = Search("\"sanctoins\"");
        Assert.Equal("\"sanctions\"", response.Corrected);
        Assert.Null(response.AsTyped);
    }

    [Fact]
    public void ARightQueryGetsNoDidYouMean()
    {
        foreach (var q in new[] { "indivisible security", "Tianjin", "hegemonism", "Lancang-Mekong" })
            Assert.Null(Search(q).Corrected);
    }

    [Fact]
    public void ARelaxedSnippetMarksTheMeaningfulWordsNotTheQuestionWords()
    {
        var first = Search("how does China want disputes over trans-boundary rivers handled").Hits[0];
        var marked = first.Snippet.Where(r => r.Marked).Select(r => r.Text).ToList();
        Assert.Contains(marked, m => m.Contains("trans-boundary rivers"));
        Assert.DoesNotContain(marked, m => m.Equals("how", StringComparison.OrdinalIgnoreCase) || m.Equals("does", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AMatchedPhraseIsMarkedAsOneUnit() =>
        Assert.Contains(new Core.Text.TextRun("nuclear war cannot be won and must never be fought", Marked: true),
            Search("\"a nuclear war cannot be won and must never be fought\"").Hits[0].Snippet);
}
