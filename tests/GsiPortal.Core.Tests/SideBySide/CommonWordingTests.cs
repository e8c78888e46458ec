using GsiPortal.Core.SideBySide;

namespace GsiPortal.Core.Tests.SideBySide;

public class CommonWordingTests
{
    [Fact]
    public void ARunOfThreeWordsWithASubjectThatBothSidesUseIsMarkedOnEachSide()
    {
        string[] left = ["China will take part in global security governance as a builder."];
        string[] right = ["It seeks reform of the Global Security Governance system."];
        var spans = CommonWording.Spans(left, right);
        Assert.Equal(["global security governance"], spans[0].Select(s => left[0][s.Start..s.End]));
        Assert.Equal(["Global Security Governance"], CommonWording.Spans(right, left)[0].Select(s => right[0][s.Start..s.End]));
    }

    [Fact]
    public void FunctionWordsAloneAreNotSharedWording()
    {
        string[] left = ["This is one of the things that matter."];
        string[] right = ["It was one of the first to act."];
        Assert.Empty(CommonWording.Spans(left, right)[0]);
    }

    [Fact]
    public void OverlappingRunsBecomeOneMarkAndEachPhraseIsListedOnce()
    {
        string[] left = ["the vision of common, comprehensive, cooperative and sustainable security", "common, comprehensive, cooperative and sustainable"];
        string[] right = ["a vision of common, comprehensive, cooperative and sustainable security for all"];
        var spans = CommonWording.Spans(left, right);
        Assert.Equal(["vision of common, comprehensive, cooperative and sustainable security"], spans[0].Select(s => left[0][s.Start..s.End]));
        var phrases = CommonWording.Phrases(left, spans);
        Assert.Equal("vision of common, comprehensive, cooperative and sustainable security", phrases[0]);
        Assert.Equal(2, phrases.Count);
    }
}
