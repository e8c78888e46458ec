using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// Priority 3 quotes the consensus "a nuclear war cannot be won and must never be fought". Quoting those words whole
/// quotes what the paper quotes: word for word, not a sentence cut, and shown without the paper's marks around them
/// (review 22, D10: the audit counted it "cut inside a sentence" and showed “"a nuclear war … fought".”).
/// </summary>
public class InnerQuotationTests
{
    private static readonly Lazy<QuoteChecker> Checker = new(() => new QuoteChecker(RealContent.Library));

    [Fact]
    public void TheWholeOfTheTextsOwnQuotationIsWordForWord()
    {
        var result = Checker.Value.Check("a nuclear war cannot be won and must never be fought");
        Assert.Equal(QuoteVerdict.Exact, result.Verdict);
        var match = result.Matches[0];
        Assert.Equal("/paper/priorities/3#s1", match.Url);
        Assert.True(match.InnerQuotation);
        Assert.False(match.CutMidSentence);
        Assert.Equal("a nuclear war cannot be won and must never be fought", match.SourceText);
        Assert.Equal("Found word for word: the whole of a quotation the text itself makes, in its quotation marks", QuoteVerdicts.Headline(result));
    }

    [Theory]
    // Part of the inner quotation, and the sentence's words around it, are cut as before.
    [InlineData("nuclear war cannot be won and must never be fought")]
    [InlineData("a nuclear war cannot be won and must never")]
    [InlineData("uphold the consensus that a nuclear war cannot be won")]
    public void PartOfItIsStillCutInsideASentence(string quoted)
    {
        var match = Checker.Value.Check(quoted).Matches[0];
        Assert.False(match.InnerQuotation);
        Assert.True(match.CutMidSentence);
    }

    [Fact]
    public void TheAuditCountsEveryQuotationWordForWordWithTheCutOnesAmongThem()
    {
        var article = "The paper recalls that \"a nuclear war cannot be won and must never be fought\".\n"
            + "It promises to \"Strengthen dialogue and cooperation among nuclear-weapon states to reduce the risk of nuclear war\".\n"
            + "It wants \"dialogue and cooperation among nuclear-weapon states to reduce the risk\" too.\n"
            + "A spokesman added that \"the initiative will bring lasting peace to every corner of the planet within a decade\".";
        var audit = new QuoteAudit(Checker.Value).Audit(article);
        Assert.Equal([AuditVerdict.Exact, AuditVerdict.Exact, AuditVerdict.ExactCutMidSentence, AuditVerdict.NotInTexts], audit.Quotations.Select(q => q.Verdict));
        Assert.Equal(
            [("exact", "Word for word: 3, 1 of them cut inside a sentence"), ("altered", "Altered: 0"), ("joined", "Joined from two places: 0"), ("not-in-texts", "Not in the texts: 1")],
            QuoteVerdicts.AuditCounts(audit.Quotations));
    }

    [Fact]
    public void OnlyCutQuotationsAreSaidToBeAllCut()
    {
        var audit = new QuoteAudit(Checker.Value).Audit("It wants \"dialogue and cooperation among nuclear-weapon states to reduce the risk\" and more.");
        Assert.Equal("Word for word: 1, cut inside a sentence", QuoteVerdicts.AuditCounts(audit.Quotations)[0].Text);
    }
}
