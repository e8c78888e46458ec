using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>A unit's label names it as its page heads it (a reader's review of "Part I, introduction").</summary>
public class PaperUnitLabelTests
{
    private static readonly Paper Paper = ContentLoader.Load(RealContent.Folder).Library!.Paper;

    [Fact]
    public void AParagraphOfTheBackgroundIsNamedByThePartsOwnTitleAndItsNumber()
    {
        var background = Paper.Parts.Single(p => p.Slug == "background");
        Assert.Equal("Part I, Background, ¶3", new PaperUnit(background.Introduction[2]).Label);
        Assert.All(background.Paragraphs, p => Assert.DoesNotContain("introduction", new PaperUnit(p).Label, StringComparison.Ordinal));
    }

    [Fact]
    public void APartsOwnPassagesAndItsItemsKeepTheirNames()
    {
        var commitments = Paper.Parts.Single(p => p.Slug == "commitments");
        Assert.Equal("Part II, closing passage", new PaperUnit(commitments.Closing[0]).Label);
        Assert.Equal("Commitment 4", new PaperUnit(commitments.Items[3].Paragraphs[0]).Label);
        var priorities = Paper.Parts.Single(p => p.Slug == "priorities");
        Assert.Equal("Part III, introduction", new PaperUnit(priorities.Introduction[0]).Label);
    }
}
