using GsiPortal.Core.Content;
using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// Words of no text with a text's words in them word for word (D6, the eighteenth session's review): which words are
/// real, where, and which stand in no text; a run of common words is not named.
/// </summary>
public class PartlyQuotedTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Fact]
    public void AVerbatimOpeningWithAnInventedEndingIsToldApart()
    {
        var result = Checker.Check("Humanity is an indivisible security community and NATO must be dissolved.");
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        var partly = Assert.IsType<PartlyQuoted>(result.Partly);
        var run = Assert.Single(partly.Runs);
        Assert.Equal(("Humanity is an indivisible security community", 0, 5), (run.Quoted, run.First, run.Last));
        Assert.Equal("/paper/commitments/4#s2", run.Url);
        Assert.Equal("Humanity is an indivisible security community.", run.SourceText);
        Assert.Equal(["and NATO must be dissolved"], partly.InNoText);
        Assert.True(partly.RestInNoText);
        Assert.Equal((6, 11), (partly.RealWords, partly.Words));
        Assert.Equal("Partly a quotation: 6 of its 11 words are word for word in Commitment 4, sentence 2; the rest is in no text", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void RunsFromTwoPlacesAreEachNamedInTheQuotationsOrder()
    {
        var result = Checker.Check("Humanity is an indivisible security community, so NATO should go, and China's 12-point proposal to end the Ukraine crisis will win.");
        var partly = Assert.IsType<PartlyQuoted>(result.Partly);
        Assert.Equal(["/paper/commitments/4#s2", "/commentaries/ovais-ali-khokhar#p11-s2"], partly.Runs.Select(r => r.Url));
        Assert.True(partly.Runs[0].First < partly.Runs[1].First);
        Assert.Equal(["so NATO should go, and", "will win"], partly.InNoText);
    }

    [Theory]
    // Five words of a text by chance ("safeguard regional peace and stability", "are equal members of the"): too short to name.
    [InlineData("China will deploy its navy to safeguard regional peace and stability in Asia.")]
    [InlineData("Small nations are equal members of the global community, whatever Washington says.")]
    // Six words, but stock grammar ("of the" and the like) holding fewer than three words of meaning: none here, so nothing.
    [InlineData("The United States bears the main responsibility for the Ukraine crisis.")]
    public void CommonPhrasesAreNotNamedAsQuotations(string words)
    {
        var result = Checker.Check(words);
        Assert.Equal(QuoteVerdict.NotFound, result.Verdict);
        Assert.Null(result.Partly);
        Assert.Equal("Not a quotation of any text", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void AnEllipsisOrABracketedWordEndsARun()
    {
        // Each side of the ellipsis is under six words: the quoter marked the cut, and no run crosses it.
        var cut = Checker.Check("Humanity is an indivisible … security community, and NATO must be dissolved at once, for good.");
        Assert.Null(cut.Partly);
        var bracketed = Checker.Check("Humanity is an [entirely] indivisible security community and NATO must be dissolved at once.");
        Assert.Null(bracketed.Partly);
    }

    [Fact]
    public void AStretchBetweenRunsThatATextHoldsWholeIsNotCalledInNoText()
    {
        // "in the world" stands in the texts: it is common words, not words of no text, so the rest is not all "in no text".
        // (The run is commitment 4's six words, not Chen Xiangyang's with its "that": below.)
        var result = Checker.Check("NATO generals said loudly and often that humanity is an indivisible security community, in the world");
        var partly = Assert.IsType<PartlyQuoted>(result.Partly);
        Assert.Equal(["NATO generals said loudly and often that"], partly.InNoText);
        Assert.False(partly.RestInNoText);
        Assert.DoesNotContain("the rest is in no text", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void ThePapersRunIsNamedOverACommentarysLongerOnlyByAStopWord()
    {
        // Chen Xiangyang ¶16 holds "that humanity is an indivisible security community", quoting the paper's words with
        // its own "that"; commitment 4 holds the six after it. A reader checking a quotation wants the primary source (review 18).
        var result = Checker.Check("We believe that humanity is an indivisible security community and NATO must be dissolved.");
        var run = Assert.Single(Assert.IsType<PartlyQuoted>(result.Partly).Runs);
        Assert.Equal(("humanity is an indivisible security community", "/paper/commitments/4#s2"), (run.Quoted, run.Url));
        Assert.Equal("Partly a quotation: 6 of its 14 words are word for word in Commitment 4, sentence 2; the rest is in no text", QuoteVerdicts.Headline(result));
    }

    [Fact]
    public void ACommentarysRunLongerByWordsOfMeaningStaysNamed()
    {
        // Chen's "security is a prerequisite for development and that humanity is…" is Chen's sentence, not the paper's six words.
        var result = Checker.Check("emphasizing that security is a prerequisite for development and that humanity is an indivisible security community, so NATO must be dissolved and its generals sent home at once, in disgrace, by their own governments");
        var run = Assert.Single(Assert.IsType<PartlyQuoted>(result.Partly).Runs);
        Assert.StartsWith("/commentaries/chen-xiangyang#p16", run.Url);
    }

    [Fact]
    public void OnlyWordsOfNoTextAreReadSo()
    {
        Assert.Null(Checker.Check("Humanity is an indivisible security community.").Partly);
        Assert.Null(Checker.Check("The Cold War mentality, unilateralism, bloc confrontation and hegemonism support the spirit of the UN Charter.").Partly);
    }

    /// <summary>A fixture paper: one item whose sentence a quotation opens with, and a commentary holding the same words later in a paragraph.</summary>
    [Fact]
    public void OnATieThePapersPassageIsNamed()
    {
        const string paper = "---\nid: paper\nkind: paper\ntitle: \"A Small Paper\"\nauthor: \"Fixture Ministry\"\ndate: 2023-02-21\nlanguage: en\n---\n\n## I. Background {#background}\n\nThe background of the small paper.\n\n## II. Core concepts {#commitments item=commitment count=1}\n\n1. Every harbour keeps its lighthouse burning all night. It has two sentences.\n";
        const string commentary = "---\nid: fixture-commentary\nkind: commentary\ntitle: \"A Fixture Commentary\"\nauthor: \"Fixture Author\"\ndate: 2023-05-01\nlanguage: en\n---\n\nAs the paper says, every harbour keeps its lighthouse burning all night.\n";
        var load = ContentLoader.Load([("paper.md", paper), ("fixture-commentary.md", commentary)], "content", null, null);
        Assert.Empty(load.Errors);
        var result = new QuoteChecker(load.Library!).Check("Every harbour keeps its lighthouse burning all night, and the sea is made of milk and honey today.");
        var run = Assert.Single(Assert.IsType<PartlyQuoted>(result.Partly).Runs);
        Assert.Equal(DocumentKind.Paper, run.Passage.Document.Kind);
    }
}
