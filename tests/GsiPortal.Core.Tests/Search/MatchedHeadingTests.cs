using GsiPortal.Core.Search;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.Search;

/// <summary>The heading a result was found by, when its snippet marks none of the searched words (the search page shows it).</summary>
public class MatchedHeadingTests
{
    private static readonly IReadOnlyList<TextRun> Unmarked = [new("… a snippet that marks nothing …", false)];

    [Fact]
    public void ACommentaryParagraphIsFoundByItsSectionHeadingWithTheWordMarked()
    {
        var matched = MatchedHeading.Of(Unmarked, RealContent.Library.Addresses.Resolve("/commentaries/ovais-ali-khokhar", "p12"), "mediation")!;
        Assert.True(matched.IsSection);
        Assert.False(matched.IsEditors);
        Assert.Equal("China's mediation diplomacy", string.Concat(matched.Heading.Select(r => r.Text)));
        Assert.Equal(["mediation"], matched.Heading.Where(r => r.Marked).Select(r => r.Text));
    }

    [Fact]
    public void AnItemIsFoundByTheEditorsLabelAndSaidToBeTheirs()
    {
        // Priority 4's label, "Arms control and disarmament", is the editors'; the paper never writes "disarmament".
        var matched = MatchedHeading.Of(Unmarked, RealContent.Library.Addresses.Resolve("/paper/priorities/4"), "disarmament")!;
        Assert.False(matched.IsSection);
        Assert.True(matched.IsEditors);
        Assert.Equal(["disarmament"], matched.Heading.Where(r => r.Marked).Select(r => r.Text));
    }

    [Fact]
    public void NoHeadingIsShownWhereTheSnippetMarksTheWordsOrTheHeadingHoldsNone()
    {
        var khokhar12 = RealContent.Library.Addresses.Resolve("/commentaries/ovais-ali-khokhar", "p12");
        Assert.Null(MatchedHeading.Of([new("the ", false), new("mediation", true)], khokhar12, "mediation"));
        Assert.Null(MatchedHeading.Of(Unmarked, khokhar12, "reconciliation"));
        Assert.Null(MatchedHeading.Of(Unmarked, null, "mediation"));
    }
}
