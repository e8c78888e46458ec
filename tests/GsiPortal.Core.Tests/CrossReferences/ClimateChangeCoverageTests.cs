using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>
/// Priority 20 (climate change) as the commentaries take it up: three of them name climate change only inside a list
/// (Dong ¶17, Chen ¶11, Khokhar ¶9), and the phrase stands in commitment 6 and priority 10 too, so no name or
/// similarity could place it. The editors' glossary gives "climate change" to priority 20's first sentence; a term
/// of theirs counts as a mention wherever it stands, in a restatement of another item too (Chen ¶11 restates
/// commitment 6). Before, the three cells were empty and /paper/priorities/20/commentaries named Dong, then said she
/// wrote nothing on it.
/// </summary>
public class ClimateChangeCoverageTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    private static Core.Content.PaperItem Item(string anchor) => RealContent.Library.Paper.Items.Single(i => i.Anchor == anchor);

    [Theory]
    [InlineData("dong-chunling", "p17")]
    [InlineData("chen-xiangyang", "p11")]
    [InlineData("ovais-ali-khokhar", "p9")]
    public void PriorityTwentysCellNamesTheParagraphThatNamesClimateChange(string commentary, string paragraph)
    {
        var cell = Real.Value.CoverageOf(Item("priority-20"), RealContent.Library.FindCommentary(commentary)!);
        Assert.NotNull(cell.Strongest);
        Assert.Equal(paragraph, cell.Strongest.Commentary.Anchor);
        Assert.Equal(PassageStrength.Mention, cell.Strongest.Strength);
        // The words the pages quote beside the paragraph are its own.
        Assert.Equal("climate change", cell.Strongest.Discussion?.Name);
        Assert.Contains("climate change", cell.Strongest.Commentary.Text);
    }

    [Fact]
    public void EveryCommentaryTakesUpPriorityTwenty()
    {
        var row = Real.Value.CoverageOf(Item("priority-20"));
        Assert.All(row.Cells, cell => Assert.NotNull(cell.Strongest));
    }

    [Fact]
    public void ARestatementStillMentionsTheItemsItsEditorsTermsNameButResemblesNothingElse()
    {
        var chen11 = RealContent.Library.FindCommentary("chen-xiangyang")!.FindParagraph("p11")!;
        // Chen ¶11 restates commitment 6, whose list it quotes: "terrorism, climate change, cybersecurity and biosecurity".
        Assert.True(Real.Value.LinksOf(Item("commitment-6")).Single(l => l.Commentary == chen11).SharedWords >= CoverageCell.MuchSharedWords);
        var taken = Real.Value.ItemsTakenUpBy(chen11).Select(i => i.Anchor).ToList();
        Assert.Equal(["commitment-6", "priority-12", "priority-13", "priority-14", "priority-20"], taken);
        Assert.All(Real.Value.DiscussionsBy(chen11), d =>
        {
            Assert.Equal(DiscussionStrength.Mention, d.Strength);
            // A term's words, or the editors' reason where the link is theirs ("cybersecurity" → priority 13).
            Assert.True(d.Name is not null || d.EditorsNote is not null, d.Paper.Label);
        });
    }
}
