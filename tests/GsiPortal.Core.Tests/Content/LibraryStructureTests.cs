using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

public class LibraryStructureTests
{
    private static Paper Paper => RealContent.Library.Paper;

    [Fact]
    public void PaperHasFourPartsInOrder() =>
        Assert.Equal(["background", "commitments", "priorities", "platforms"], Paper.Parts.Select(p => p.Slug));

    [Theory]
    [InlineData("background", 0)]
    [InlineData("commitments", 6)]
    [InlineData("priorities", 20)]
    [InlineData("platforms", 5)]
    public void EachPartHasItsNumberedItems(string part, int count)
    {
        var items = Paper.FindPart(part)!.Items;
        Assert.Equal(count, items.Count);
        Assert.Equal(Enumerable.Range(1, count), items.Select(i => i.Number));
    }

    [Fact]
    public void FourCommentariesOldestFirst() =>
        Assert.Equal(["dong-chunling", "lei-kezhong", "chen-xiangyang", "ovais-ali-khokhar"], RealContent.Library.Commentaries.Select(c => c.Id));

    [Fact]
    public void AnItemsTitleIsItsFirstSentence()
    {
        var item = Paper.FindPart("commitments")!.FindItem(4)!;
        Assert.Equal("Stay committed to taking the legitimate security concerns of all countries seriously.", item.Title);
        Assert.Equal("II.4", item.Reference);
        Assert.Equal("commitment-4", item.Anchor);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(4, 3)]
    [InlineData(13, 1)]
    [InlineData(19, 1)]
    public void PrioritiesKeepTheirParagraphs(int number, int paragraphs) =>
        Assert.Equal(paragraphs, Paper.FindPart("priorities")!.FindItem(number)!.Paragraphs.Count);

    [Fact]
    public void PageBreakSplitsAreRejoined()
    {
        var priority13 = Paper.FindPart("priorities")!.FindItem(13)!;
        Assert.Contains("respect the interests of all parties. Follow through", priority13.Paragraphs[0].Text);
        Assert.Contains("live a happy life with their rights fully guaranteed", Paper.FindPart("priorities")!.Introduction[0].Text);
    }

    [Fact]
    public void PartsKeepTheirOwnPassages()
    {
        Assert.Equal(3, Paper.FindPart("background")!.Introduction.Count);
        Assert.StartsWith("These six commitments are interlinked", Assert.Single(Paper.FindPart("commitments")!.Closing).Text);
        Assert.Equal(2, Paper.FindPart("priorities")!.Introduction.Count);
        Assert.StartsWith("The GSI, following the principle", Assert.Single(Paper.FindPart("platforms")!.Closing).Text);
    }

    [Fact]
    public void EveryParagraphAnchorIsUniqueWithinItsDocument()
    {
        foreach (var document in RealContent.Library.Documents)
            Assert.Equal(document.Paragraphs.Count, document.Paragraphs.Select(p => p.Anchor).Distinct().Count());
    }

    [Fact]
    public void CommentaryParagraphsAreNumberedFromOne()
    {
        var chen = RealContent.Library.FindCommentary("chen-xiangyang")!;
        Assert.Equal("p1", chen.Paragraphs[0].Anchor);
        Assert.StartsWith("Fourth,", chen.FindParagraph("p9")!.Text);
    }

    [Fact]
    public void SentencesAreNumberedThroughAnItem()
    {
        var priority1 = Paper.FindPart("priorities")!.FindItem(1)!;
        var numbers = priority1.Sentences.Select(s => s.Number).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Equal(priority1.Paragraphs[0].Sentences.Count + 1, priority1.Paragraphs[1].Sentences[0].Number);
    }

    [Fact]
    public void DatesKeepTheirPrecisionAndInference()
    {
        var chen = RealContent.Library.FindCommentary("chen-xiangyang")!;
        Assert.True(chen.Date.Inferred);
        Assert.Equal("2023", chen.Date.Iso);
        Assert.Equal("21 February 2023", Paper.Date.Display);
        Assert.True(RealContent.Library.FindCommentary("dong-chunling")!.PredatesPaper(Paper));
        Assert.False(chen.PredatesPaper(Paper));
    }
}
