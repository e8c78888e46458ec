using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>
/// Coverage over the whole paper: Part I and every part's introduction and closing passage have rows beside the
/// items', with cells from the evidence items have that applies to them (shared wording, the glossary's own terms).
/// </summary>
public class PassageCoverageTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    [Fact]
    public void EveryPassageOfThePaperHasARowInTheReadingOrder()
    {
        var rows = Real.Value.AllCoverage;
        Assert.Equal(RealContent.Library.Reading.Stops, rows.Select(r => r.Stop));
        Assert.Equal(["Part I", "Part II, closing passage", "Part III, introduction", "Part IV, closing passage"],
            rows.Where(r => r.Stop.Item is null).Select(r => r.Stop.Label));
        Assert.All(rows, r => Assert.Equal(RealContent.Library.Commentaries, r.Cells.Select(c => c.Commentary)));
        // The items' rows are the item matrix's own.
        Assert.Equal(Real.Value.Coverage, rows.Where(r => r.Stop.Item is not null));
    }

    [Theory]
    [InlineData(StopKind.Part, "background", "ovais-ali-khokhar", "p4")]
    [InlineData(StopKind.Part, "background", "lei-kezhong", "p6")]
    [InlineData(StopKind.Closing, "commitments", "chen-xiangyang", "p5")]
    [InlineData(StopKind.Introduction, "priorities", "ovais-ali-khokhar", "p14")]
    public void APassageOutsideTheItemsIsTakenUpByTheParagraphSharingItsWording(StopKind kind, string part, string commentary, string paragraph)
    {
        var library = RealContent.Library;
        var stop = library.Reading.Of(library.Paper.FindPart(part)!, kind)!;
        var cell = Real.Value.AllCoverage.Single(r => r.Stop == stop).Cells.Single(c => c.Commentary.Id == commentary);
        Assert.Equal(CoverageLevel.SomeSharedWording, cell.Level);
        Assert.Equal(paragraph, cell.Strongest!.Commentary.Anchor);
        // The same shared passages the finder holds for the stop's paragraphs: nothing new is claimed.
        Assert.All(cell.Shared, s => Assert.Contains(s.PaperParagraph, stop.Paragraphs));
        Assert.Equal(cell.SharedWords, SharedWordCount.Of(cell.Shared.Where(s => s.Commentary == cell.Strongest.Commentary)));
        Assert.StartsWith($"¶{paragraph[1..]}: shared wording, ", cell.Description);
    }

    [Fact]
    public void AGlossaryTermPointsToThePassageThatDefinesItOnlyWhereNoOtherPassageUsesIt()
    {
        var signals = new GlossarySignals(RealContent.Library);
        // Part III's introduction alone says "community of shared security for mankind".
        var (paragraph, term) = Assert.Single(signals.InPassages("They speak of a community of shared security for mankind."));
        Assert.Equal("priorities-p1", paragraph.Anchor);
        Assert.Equal("community of shared security for mankind", term);
        // "GSI" and "global security governance" run through the paper: they point to no passage.
        Assert.Empty(signals.InPassages("The GSI calls for global security governance."));
    }
}
