using GsiPortal.Core.Quotes;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.Quotes;

public class QuoteCheckerTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Fact]
    public void AnExactQuotationIsFoundWithTheAddressOfItsSentences()
    {
        var result = Checker.Check("“Humanity is an indivisible security community. Security of one country should not come at the expense of that of others.”");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        var match = Assert.Single(result.Matches, m => m.Paragraph.Document.Id == "paper");
        Assert.Equal("/paper/commitments/4#s2-s3", match.Url);
        Assert.Equal("/paper/commitments/4", match.ParagraphUrl);
        Assert.Equal(1.0, match.Similarity);
        Assert.False(match.CutMidSentence);
    }

    /// <summary>
    /// Lei Kezhong's capture lost the apostrophes of "China's" (the editors' note keeps "Chinas" as captured): a reader
    /// quoting what the author wrote is quoting word for word, and so is one who drops the apostrophe of "China’s".
    /// </summary>
    [Theory]
    [InlineData("It contributes China's wisdom to the efforts of mankind in tackling peace deficit and offers China’s solution", "/commentaries/lei-kezhong#")]
    [InlineData("systematically outlining Chinas global security concept and international security governance in the new era", "/commentaries/dong-chunling#")]
    public void TheApostropheOfAPossessiveChangesNoWord(string quotation, string where)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.StartsWith(where, result.Matches[0].Url);
        Assert.Empty(result.Matches[0].Differences);
    }

    [Theory]
    [InlineData("China's", "Chinas")]
    [InlineData("China’s", "Chinas")]
    [InlineData("What's", "whats")]
    public void APossessivesApostropheIsPunctuation(string written, string captured) =>
        Assert.Equal(QuoteWords.Of(captured)[0].Key, QuoteWords.Of(written)[0].Key);

    [Theory]
    [InlineData("don't", "dont")]
    [InlineData("won’t", "wont")]
    public void ANegationsApostropheIsKeptForItIsHowTheNegationIsKnown(string negation, string other) =>
        Assert.NotEqual(QuoteWords.Of(other)[0].Key, QuoteWords.Of(negation)[0].Key);

    /// <summary>Chen Xiangyang ¶9 quotes commitment 4's seventh sentence without "between traditional security and non-traditional security".</summary>
    private const string ChenOmission = "We uphold the principle of indivisible security, advocating the indivisibility between individual security and common security, between security rights and security obligations.";

    [Fact]
    public void WordForWordOnlyInACommentaryAlsoGivesThePaperClosestPassageAndWhatItLeavesOut()
    {
        var result = Checker.Check(ChenOmission);
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        Assert.Equal("/commentaries/chen-xiangyang#p9-s3", Assert.Single(result.Matches).Url);
        var paper = Assert.IsType<QuoteMatch>(result.PaperClosest);
        Assert.Equal("/paper/commitments/4#s7", paper.Url);
        Assert.False(paper.IsExact);
        var omitted = Assert.Single(paper.Differences);
        Assert.Equal(DifferenceKind.Omitted, omitted.Kind);
        Assert.Contains("non-traditional security", omitted.Source);
    }

    [Fact]
    public void WordForWordInThePaperNeedsNoClosestPassage() =>
        Assert.Null(Checker.Check("War and sanctions are no fundamental solution to disputes; only dialogue and consultation are effective in resolving differences.").PaperClosest);

    [Fact]
    public void APassageFarWeakerThanTheClosestIsNotListedWithItsAlarmingChanges()
    {
        // "cost" for "expense": commitment 4 at 93 %; Chen Xiangyang ¶15 shares barely more than half the words, and
        // its "negation added" was about another sentence altogether (a reader's review).
        var result = Checker.Check("Security of one country should not come at the cost of that of others.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        Assert.Equal("/paper/commitments/4#s3", result.Matches[0].Url);
        Assert.All(result.Matches, m => Assert.True(m.Similarity >= result.Matches[0].Similarity - QuoteChecker.MaxBehindClosest, $"{m.Url} {m.Similarity}"));
        Assert.DoesNotContain(result.Matches, m => m.ParagraphUrl == "/commentaries/chen-xiangyang#p15");
    }

    [Fact]
    public void CaseQuotationMarksAndSpacingDoNotMatter() =>
        Assert.Equal(QuoteVerdict.Exact, Checker.Check("war AND SANCTIONS are no   fundamental solution to disputes").Verdict);

    [Fact]
    public void AQuotationFoundInSeveralTextsListsEachPlace()
    {
        // Chen Xiangyang repeats commitment 5's words; both places are listed.
        var result = Checker.Check("War and sanctions are no fundamental solution to disputes; only dialogue and consultation are effective in resolving differences.");
        Assert.Contains(result.Matches, m => m.ParagraphUrl == "/paper/commitments/5");
        Assert.Contains(result.Matches, m => m.ParagraphUrl == "/commentaries/chen-xiangyang#p10");
        Assert.All(result.Matches, m => Assert.Contains("#", m.Url));
    }

    [Fact]
    public void AQuotationWithOneWordChangedReportsTheSubstitutionWhereItIs()
    {
        var result = Checker.Check("Humanity is an indivisible peace community.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var best = result.Matches[0];
        Assert.Equal("/paper/commitments/4#s2", best.Url);
        Assert.Equal(1, best.ChangedWords); // one word changed, not "2 words differ"
        var difference = Assert.Single(best.Differences);
        Assert.Equal(new QuoteDifference(DifferenceKind.Substituted, "peace", "security", 4), difference);
        Assert.Contains(new WordStep(WordChange.OnlyInFirst, "peace"), best.Steps);
        Assert.Contains(new WordStep(WordChange.OnlyInSecond, "security"), best.Steps);
        Assert.Empty(best.MeaningChanges);
    }

    [Fact]
    public void AnOmissionBeforeTheLastWordIsReportedWhereItIsAndTheLastWordStillMatches()
    {
        // The paper: "Security of one country should not come at the expense of that of others."
        var best = Checker.Check("Security of one country should not come at the expense of others.").Matches[0];
        Assert.Equal("/paper/commitments/4#s3", best.Url);
        var omission = Assert.Single(best.Differences);
        Assert.Equal(DifferenceKind.Omitted, omission.Kind);
        Assert.Equal("that of", omission.Source);
        Assert.Equal("", omission.Quoted);
        Assert.DoesNotContain(best.Steps, s => s.Text == "others" && s.Change != WordChange.Same);
        Assert.Equal("Security of one country should not come at the expense of that of others.", best.SourceText);
    }

    [Fact]
    public void AnOmissionInsideAPhraseIsReportedAsThatOmission()
    {
        // The paper: "… contradict the spirit of the UN Charter and must be resisted and rejected."
        var best = Checker.Check("The Cold War mentality, unilateralism, bloc confrontation and hegemonism contradict the spirit of the UN Charter and must be rejected.").Matches
            .First(m => m.Paragraph.Document.Id == "paper");
        var omission = Assert.Single(best.Differences);
        Assert.Equal(new QuoteDifference(DifferenceKind.Omitted, "", "resisted and", 19), omission);
        Assert.Empty(best.MeaningChanges);
    }

    [Fact]
    public void AddedWordsAreReportedWhereTheyAre()
    {
        var best = Checker.Check("Humanity is an indivisible and global security community.").Matches[0];
        var addition = Assert.Single(best.Differences);
        Assert.Equal(DifferenceKind.Added, addition.Kind);
        Assert.Equal("and global", addition.Quoted);
        Assert.Equal(4, addition.QuotePosition);
    }

    [Fact]
    public void AnEllipsisIsADeclaredCutAndStaysExact()
    {
        var result = Checker.Check("Security of one country should not come at the expense … of others.");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        var cut = Assert.Single(result.Matches[0].Differences);
        Assert.Equal(DifferenceKind.Elided, cut.Kind);
        Assert.Equal("of that", cut.Source);
    }

    [Fact]
    public void ADroppedNegationIsAChangeOfMeaning()
    {
        var best = Checker.Check("Security of one country should come at the expense of that of others.").Matches[0];
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Negation, change.Kind);
        Assert.Equal("not", change.Source);
        Assert.Contains("dropped", change.Description);
    }

    [Fact]
    public void ANegationDroppedWithTheVerbsFormChangedIsAChangeOfMeaningAndTheSourceRunsThroughTheVerb()
    {
        // The paper: "Abusing unilateral sanctions and long-arm jurisdiction does not solve a problem, but only creates …".
        var result = Checker.Check("Abusing unilateral sanctions and long-arm jurisdiction solves problems");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var best = result.Matches[0];
        Assert.Equal("/paper/commitments/5#s6", best.Url);
        Assert.Contains("does not solve a problem", best.SourceText);
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Negation, change.Kind);
        Assert.Equal("not", change.Source);
        Assert.DoesNotContain(best.Differences, d => d.Kind == DifferenceKind.Added);
    }

    [Fact]
    public void ANegatingPrefixDroppedIsAQuotationWithItsMeaningReversedNotAParaphrase()
    {
        // The paper: "Humanity is an indivisible security community."
        var result = Checker.Check("Humanity is a divisible security community.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var best = result.Matches[0];
        Assert.Equal("/paper/commitments/4#s2", best.Url);
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Antonym, change.Kind);
        Assert.Equal(("divisible", "indivisible"), (change.Quoted, change.Source));
    }

    [Fact]
    public void ANegationHiddenByAnEllipsisIsStillAChangeOfMeaning()
    {
        var result = Checker.Check("Security of one country should … come at the expense of that of others.");
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        Assert.Equal(MeaningChangeKind.Negation, Assert.Single(result.Matches[0].MeaningChanges).Kind);
    }

    [Fact]
    public void ADroppedNoIsOneChangeOfMeaningNotTwo()
    {
        var best = Checker.Check("War and sanctions are the fundamental solution to disputes; only dialogue and consultation are effective in resolving differences.").Matches[0];
        Assert.Equal(new QuoteDifference(DifferenceKind.Substituted, "the", "no", 4), Assert.Single(best.Differences));
        Assert.Equal(MeaningChangeKind.Negation, Assert.Single(best.MeaningChanges).Kind);
    }

    [Fact]
    public void CannotIsANegationOfCanNotAnotherModal()
    {
        // The paper: "a nuclear war cannot be won and must never be fought".
        var best = Checker.Check("a nuclear war can be won and must be fought").Matches[0];
        Assert.Equal("/paper/priorities/3#s1", best.Url);
        Assert.Equal([("cannot", MeaningChangeKind.Negation), ("never", MeaningChangeKind.Negation)], best.MeaningChanges.Select(c => (c.Source, c.Kind)));
    }

    [Fact]
    public void AnAddedNegationIsAChangeOfMeaning()
    {
        var best = Checker.Check("Humanity is not an indivisible security community.").Matches[0];
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Negation, change.Kind);
        Assert.Contains("added", change.Description);
    }

    [Fact]
    public void AChangedModalIsAChangeOfMeaning()
    {
        var best = Checker.Check("Security of one country must not come at the expense of that of others.").Matches[0];
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Modal, change.Kind);
        Assert.Equal(("must", "should"), (change.Quoted, change.Source));
    }

    [Fact]
    public void AChangedQuantifierIsAChangeOfMeaning()
    {
        // The paper: "The legitimate and reasonable security concerns of all countries should be taken seriously …"
        var best = Checker.Check("The legitimate and reasonable security concerns of some countries should be taken seriously and addressed properly.").Matches[0];
        var change = Assert.Single(best.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Quantifier, change.Kind);
        Assert.Equal(("some", "all"), (change.Quoted, change.Source));
    }

    [Fact]
    public void AChangedNumberIsAChangeOfMeaning()
    {
        var best = Checker.Check("Security of two countries should not come at the expense of that of others.").Matches[0];
        Assert.Contains(best.MeaningChanges, c => c.Kind == MeaningChangeKind.Number && c.Quoted == "two" && c.Source == "one");
    }

    [Fact]
    public void TheSourceIsShownAsItStandsWithItsQuotationMarks()
    {
        // Chen Xiangyang: Third, “abiding by the purposes and principles of the UN Charter”, which is a “primary benchmark”.
        var match = Checker.Check("abiding by the purposes and principles of the UN Charter which is a primary benchmark").Matches
            .First(m => m.Paragraph.Document.Id == "chen-xiangyang");
        Assert.Equal("“abiding by the purposes and principles of the UN Charter”, which is a “primary benchmark”.", match.SourceText);
        Assert.True(match.StartsMidSentence);
        Assert.False(match.EndsMidSentence);
        Assert.StartsWith("/commentaries/chen-xiangyang#p", match.Url);
        Assert.Contains("-s", match.Url);
        Assert.Equal(match.SourceText, Assert.Single(match.InContext, r => r.Marked).Text);
    }

    [Fact]
    public void AQuotationCutMidSentenceIsExactButSaysSo()
    {
        var match = Checker.Check("should not come at the expense of that of others").Matches[0];
        Assert.True(match.IsExact);
        Assert.True(match.StartsMidSentence);
        Assert.False(match.EndsMidSentence);
        Assert.Equal("should not come at the expense of that of others.", match.SourceText);
    }

    [Fact]
    public void EverySentenceOfEveryTextIsFoundWordForWordInItsOwnPlaceAndShownAsItStands()
    {
        var sentences = RealContent.Library.Paragraphs.SelectMany(p => p.Sentences.Select(s => (Paragraph: p, Sentence: s)))
            .Where(x => Words.Of(x.Sentence.Text).Count >= QuoteChecker.MinWords).ToList();
        Assert.True(sentences.Count > 300);
        var missed = sentences.Where(x =>
        {
            var result = Checker.Check(x.Sentence.Text);
            return result.Verdict != QuoteVerdict.Exact || !result.Matches.Any(m => m.Paragraph == x.Paragraph && m.SourceText == x.Sentence.Text && !m.CutMidSentence);
        }).Select(x => $"{x.Paragraph.Document.Id}#{x.Paragraph.Anchor}: {x.Sentence.Text}").ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void NonsenseIsNotFound()
    {
        var result = Checker.Check("Purple elephants juggle quantum marmalade beneath seventeen velvet moons.");
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        Assert.Empty(result.Matches);
        Assert.Equal(0, result.Resemblance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    public void TooLittleIsRefusedWithAReason(string text) => Assert.Throws<InvalidQuoteException>(() => Checker.Check(text));

    /// <summary>The reason counts in words, not "1 word(s)" (a fresh-eyes review of /quote-check?text=%ff).</summary>
    [Theory]
    [InlineData("peace", "The passage has one word;")]
    [InlineData("two words", "The passage has 2 words;")]
    public void TheReasonCountsTheWordsInPlainEnglish(string text, string start) =>
        Assert.StartsWith(start, Assert.Throws<InvalidQuoteException>(() => Checker.Check(text)).Message);

    [Fact]
    public void TooMuchIsRefusedWithAReason() =>
        Assert.Contains("at most", Assert.Throws<InvalidQuoteException>(() => Checker.Check(new string('a', QuoteChecker.MaxLength + 1))).Message);
}
