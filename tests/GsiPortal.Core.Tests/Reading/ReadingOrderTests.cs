using GsiPortal.Core.Content;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.Tests.Reading;

/// <summary>The paper in the order previous and next step through it, on the real content.</summary>
public class ReadingOrderTests
{
    private static ReadingOrder Order => RealContent.Library.Reading;

    [Fact]
    public void EveryPassageOfThePaperIsInOneStopInTheDocumentsOrder()
    {
        var paper = RealContent.Library.Paper;
        Assert.Equal(paper.Parts.SelectMany(p => p.Paragraphs), Order.Stops.SelectMany(s => s.Paragraphs));
    }

    [Fact]
    public void TheWayRunsFromPartOneThroughEachPartsIntroductionItemsAndClosingPassage()
    {
        var addresses = Order.Stops.Select(s => s.Address).ToList();
        Assert.Equal(
            [
                "/paper/background",
                .. Enumerable.Range(1, 6).Select(n => $"/paper/commitments/{n}"),
                "/paper/commitments/closing",
                "/paper/priorities/introduction",
                .. Enumerable.Range(1, 20).Select(n => $"/paper/priorities/{n}"),
                .. Enumerable.Range(1, 5).Select(n => $"/paper/platforms/{n}"),
                "/paper/platforms/closing",
            ], addresses);
    }

    [Fact]
    public void APartsEdgeDoesNotEndTheWay()
    {
        var paper = RealContent.Library.Paper;
        var commitment6 = Order.Of(paper.FindPart("commitments")!.FindItem(6)!);
        var closing = Order.Around(commitment6).Next!;
        Assert.Equal((StopKind.Closing, "Part II, closing passage", "How the six commitments fit together", true), (closing.Kind, closing.Label, closing.Heading, closing.HeadingIsEditors));
        var introduction = Order.Around(closing).Next!;
        Assert.Equal((StopKind.Introduction, "Part III, introduction", "Priorities of cooperation", false), (introduction.Kind, introduction.Label, introduction.Heading, introduction.HeadingIsEditors));
        Assert.Equal("/paper/priorities/1", Order.Around(introduction).Next!.Address);
        Assert.Equal("/paper/platforms/1", Order.Around(Order.Of(paper.FindPart("priorities")!.FindItem(20)!)).Next!.Address);
        Assert.Equal("/paper/priorities/20", Order.Around(Order.Of(paper.FindPart("platforms")!.FindItem(1)!)).Previous!.Address);
        Assert.Equal("/paper/background", Order.Around(Order.Of(paper.FindPart("commitments")!.FindItem(1)!)).Previous!.Address);
        Assert.Equal((null, null), (Order.Around(Order.Stops[0]).Previous, Order.Around(Order.Stops[^1]).Next));
    }

    [Fact]
    public void OnlyPartsWithItemsHaveIntroductionsOrClosingPassagesAsStops()
    {
        var paper = RealContent.Library.Paper;
        Assert.Null(Order.Of(paper.FindPart("background")!, StopKind.Introduction));
        Assert.Null(Order.Of(paper.FindPart("commitments")!, StopKind.Introduction));
        Assert.Null(Order.Of(paper.FindPart("priorities")!, StopKind.Closing));
        Assert.NotNull(Order.Of(paper.FindPart("background")!, StopKind.Part));
    }
}
