using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>
/// Every link the map makes rests on words a reader can see in the commentary, or on the editors' judgement: a
/// fresh reader found Chen ¶13 listed as mentioning commitment 5, and Lei ¶13 priority 18, with no phrase given.
/// </summary>
public class LinkWordsTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    private static Core.Content.Paragraph Paragraph(string commentary, string paragraph) => RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;

    [Theory]
    [InlineData("chen-xiangyang", "p13", "commitment-5")] // "fundamental solution": commitment 2 says "fundamental" too, every item "solution"
    [InlineData("lei-kezhong", "p13", "priority-18")]     // "stable and smooth supply chains": priority 20's words as much as 18's
    public void ASentenceSharingOnlyWordsOtherItemsUseLinksNothing(string commentary, string paragraph, string item)
    {
        Assert.DoesNotContain(item, Real.Value.ItemsTakenUpBy(Paragraph(commentary, paragraph)).Select(i => i.Anchor));
    }

    [Fact]
    public void ASentenceSharingWordsOfTheItemAloneIsAMentionNamedByThem()
    {
        var lei = Real.Value.DiscussionsBy(Paragraph("lei-kezhong", "p12")).Single(d => d.Paper.Item!.Anchor == "priority-16");
        Assert.Equal(DiscussionStrength.Mention, lei.Strength);
        Assert.Equal("outer space", lei.Name);
        Assert.Equal(["outer space"], lei.Words);
    }

    [Fact]
    public void EveryComputedLinkNamesWordsThatStandInItsParagraph()
    {
        var computed = Real.Value.Discussions.Where(d => d.EditorsNote is null).ToList();
        Assert.NotEmpty(computed);
        Assert.All(computed, d =>
        {
            Assert.True(d.Words.Count > 0, $"{d.Source.Id} {d.Commentary.Anchor} -> {d.Paper.Key}: no words");
            Assert.All(d.Words, w => Assert.Contains(w, d.Commentary.Text, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void AWholeParagraphsResemblanceIsShownByItsHeaviestSharedWords()
    {
        // Lei ¶11 discusses priority 5 in its own words: "hotspot issues", "promoting peace talks".
        var lei = Real.Value.DiscussionsBy(Paragraph("lei-kezhong", "p11")).Single(d => d.Paper.Item!.Anchor == "priority-5");
        Assert.Equal(DiscussionStrength.Moderate, lei.Strength);
        Assert.Contains("hotspot issues", lei.Words);
        Assert.InRange(lei.Words.Count, 1, LinkWords.ParagraphRuns);
    }

    [Fact]
    public void ATermNamedInsideARestatementOfAnotherItemSaysWhichItRestates()
    {
        var chen = Real.Value.DiscussionsBy(Paragraph("chen-xiangyang", "p11")).Single(d => d.Paper.Item!.Anchor == "priority-20");
        Assert.Equal(DiscussionStrength.Mention, chen.Strength);
        Assert.Equal("commitment-6", chen.Restating?.Anchor);
        Assert.Equal(["climate change"], chen.Words);
    }
}
