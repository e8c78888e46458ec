using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A word found in very many units, beside at least two rarer words, is not required by the strict search: a unit
/// holding the rarer words is found whether or not it holds the common one, and the page is told which results lack
/// it (QueryRelaxations.Dispensable; docs/search.md, the twenty-second turn). Against the real content.
/// </summary>
public class CommonWordNotRequiredTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void ThePapersCounterTerrorismItemIsFoundThoughItNeverSaysCooperation()
    {
        // Priority 12 writes "counter-terrorism" five times and "cooperation" never; "cooperation" is in half the units.
        var response = Search("counter terrorism cooperation");
        Assert.Equal("paper/priority-12", response.Hits[0].Id);
        Assert.Contains(response.Hits, h => h.Id == "paper/platform-5");
        var word = Assert.Single(response.NotRequired);
        Assert.Equal("cooperation", word.Text);
        Assert.True(word.Units >= QueryRelaxations.DispensableShare * RealContent.Index.Search(new SearchRequest("cooperation")).Total, $"{word.Units} units");
        Assert.InRange(word.Lacking, 1, response.Total - 1);
        Assert.Null(response.Relaxed);
    }

    [Theory]
    [InlineData("biosecurity cooperation")]  // one rarer word: the common one is half of what was asked
    [InlineData("indivisible security")]
    [InlineData("human rights")]
    public void WithOneRarerWordTheCommonOneIsStillRequired(string query) =>
        // Still required of every unit but those the editors index under the query's subject (FiledUnderSubjectTests):
        // "biosecurity cooperation" lets priority 14, "Biosecurity", stand without "cooperation" since review 24.
        Assert.DoesNotContain(Search(query).NotRequired, w => !w.FiledUnderSubject);

    [Fact]
    public void ANameTypedAsOneIsNeverLeftOut()
    {
        // "China" is in more units than "cooperation"; typed with its capital it is what was asked.
        var response = Search("China counter terrorism cooperation");
        Assert.DoesNotContain(response.NotRequired, w => w.Text == "China");
    }

    [Fact]
    public void AQueryWhoseWordsAllStandTogetherSaysNothingOfWordsNotRequired() =>
        Assert.Empty(Search("cold war mentality").NotRequired);
}
