using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A replacement the check cannot judge is named as such, never passed over as if the meaning were kept (D5, the
/// eighteenth session's review); a listed reversal is flagged; the same word in another form, spelling or with a slip is neither.
/// </summary>
public class ReplacementTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("The Cold War mentality, unilateralism, bloc confrontation and hegemonism support the spirit of the UN Charter and must be resisted and rejected.", "support", "contradict")]
    [InlineData("The Cold War mentality, unilateralism, bloc confrontation and hegemonism are consistent with the spirit of the UN Charter and must be resisted and rejected.", "consistent with", "contradict")]
    [InlineData("The Cold War mentality, unilateralism, bloc confrontation and hegemonism are in line with the spirit of the UN Charter and must be resisted and rejected.", "in line with", "contradict")]
    [InlineData("bloc confrontation will only ease security challenges in the 21st century", "ease", "exacerbate")]
    public void TheTextsVerbsOfCondemnationReversedAreFlagged(string quotation, string quoted, string source)
    {
        var match = Checker.Check(quotation).Matches[0];
        var change = Assert.Single(match.MeaningChanges);
        Assert.Equal((MeaningChangeKind.Antonym, quoted, source), (change.Kind, change.Quoted, change.Source));
        Assert.Empty(match.Unjudged);
    }

    [Fact]
    public void AReplacementNotOnTheListIsNamedAsNotJudged()
    {
        var result = Checker.Check("Support political settlement of hotspot issues such as the Ukraine crisis through military means.");
        var match = result.Matches[0];
        Assert.Empty(match.MeaningChanges);
        var unjudged = Assert.Single(match.Unjudged);
        Assert.Equal(("military means", "dialogue and negotiation"), (unjudged.Quoted, unjudged.Source));
        Assert.Equal("Not word for word: “military means” in place of “dialogue and negotiation”, which may change the meaning", QuoteVerdicts.Headline(result));
        Assert.StartsWith("Not judged: whether “military means” in place of “dialogue and negotiation” keeps the text's meaning.", QuoteVerdicts.Unjudged(match));
        // "1 word differs" stays true: a replacement is still counted as one.
        Assert.Equal(3, match.ChangedWords);
    }

    [Theory]
    // A slip of one letter, another regular form, the source's own misprint corrected: the same word, not a replacement to judge.
    [InlineData("Humanity is an indivisible security comunity.")]
    [InlineData("Abusing unilateral sanctions and long-arm jurisdiction does not solves a problem")]
    [InlineData("adhering to respect for the sovereignty and territorial integrity of all countries")]
    public void TheSameWordIsNoReplacementToJudge(string quotation)
    {
        var match = Checker.Check(quotation).Matches[0];
        Assert.NotEmpty(match.Differences);
        Assert.Empty(match.Unjudged);
        Assert.Null(QuoteVerdicts.Unjudged(match));
    }

    [Fact]
    public void AnotherSpellingOfEnglishIsASpellingVariantOnly()
    {
        var result = Checker.Check("Strengthen action coordination to maintain the smooth operation of international agricultural trade, ensure stable grain production and smooth supply chains, and avoid politicising and weaponising food security issues.");
        var match = result.Matches[0];
        Assert.Equal(["politicising>politicizing", "weaponising>weaponizing"], match.SpellingVariants.Select(d => $"{d.Quoted}>{d.Source}"));
        Assert.Empty(match.Unjudged);
        Assert.Empty(match.MeaningChanges);
        Assert.Equal("Not word for word, but a spelling variant only: “politicising” for the text's “politicizing”, “weaponising” for the text's “weaponizing”", QuoteVerdicts.Headline(result));
    }
}
