using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>
/// Commitment 6's list, "terrorism, climate change, cybersecurity and biosecurity", restated by Lei ¶4 and Chen ¶11:
/// the same rule for all four of its items (review 22, D4). Climate change and biosecurity named priorities 20 and 14
/// by the editors' glossary; terrorism named nothing (the glossary's term was "counter-terrorism") and cybersecurity
/// only commitment 6 (the glossary's sentence for it is the list's own). Now the glossary holds "terrorism" (priority
/// 12's first sentence) and the editors judge the list's "cybersecurity" a mention of priority 13, whose sentences
/// say "information security", "cyber threats" and "cyberspace" but never the word.
/// </summary>
public class ListOfGlobalChallengesTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    private static Core.Content.PaperItem Item(string anchor) => RealContent.Library.Paper.Items.Single(i => i.Anchor == anchor);

    [Theory]
    [InlineData("lei-kezhong", "p4")]
    [InlineData("chen-xiangyang", "p11")]
    public void EachOfTheFourChallengesNamesItsPriority(string commentary, string paragraph)
    {
        var p = RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;
        Assert.Contains("terrorism, climate change, cybersecurity and biosecurity", p.Text);
        var taken = Real.Value.ItemsTakenUpBy(p).Select(i => i.Anchor).ToHashSet();
        Assert.Superset(new HashSet<string> { "priority-12", "priority-13", "priority-14", "priority-20" }, taken);
        // Each a mention, with the paragraph's own word for it.
        var terrorism = Real.Value.DiscussionsBy(p).Single(d => d.Paper.Item == Item("priority-12"));
        Assert.Equal(DiscussionStrength.Mention, terrorism.Strength);
        Assert.Equal("terrorism", terrorism.Name);
        Assert.Equal(DiscussionStrength.Mention, Real.Value.DiscussionsBy(p).Single(d => d.Paper.Item == Item("priority-13")).Strength);
    }

    [Theory]
    [InlineData("lei-kezhong", "priority-12")]
    [InlineData("lei-kezhong", "priority-13")]
    [InlineData("chen-xiangyang", "priority-12")]
    [InlineData("chen-xiangyang", "priority-13")]
    public void TheCoverageCellIsNoLongerBlank(string commentary, string item)
    {
        var cell = Real.Value.CoverageOf(Item(item), RealContent.Library.FindCommentary(commentary)!);
        Assert.NotNull(cell.Strongest);
    }

    [Fact]
    public void ATermIsNeverTheSecondPieceOfAHyphenatedWord()
    {
        var terrorism = new TermPattern("terrorism");
        Assert.False(terrorism.IsMatch("the UN Global Counter-Terrorism Strategy"));
        Assert.False(terrorism.IsMatch("counter‐terrorism capacity building"));
        Assert.True(terrorism.IsMatch("the global fight against terrorism"));
        Assert.True(terrorism.IsMatch("work together to counter terrorism"));
        Assert.True(new TermPattern("counter-terrorism").IsMatch("counterterrorism cooperation"));
    }
}
