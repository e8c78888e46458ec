using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A word of English is not "corrected" into another form of its own base (review 23, D8): "meant" (WordNet's form of
/// "mean") was said corrected to "means", the texts' word, which begins with the base and stems otherwise. A word the
/// texts derive from the base is still offered ("robbers" → "robbery"). Against the real content.
/// </summary>
public class FormOfTheBaseTests
{
    [Fact]
    public void AFormOfTheBaseIsNoCorrection()
    {
        var response = RealContent.Index.Search(new SearchRequest("is the gsi meant to replace the american-led world order"));
        Assert.Null(response.Corrected);
        Assert.False(response.SearchedCorrected);
        Assert.Empty(response.CorrectedWords);
    }

    [Fact]
    public void AWordDerivedFromTheBaseIsStillOffered() =>
        Assert.Equal("sea robbery hijacking ships", RealContent.Index.Search(new SearchRequest("sea robbers hijacking ships")).Corrected);
}
