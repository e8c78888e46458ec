using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// An item the editors' subject index files under the query's subject stands among the strict results though it lacks
/// the query's everyday companion words (QueryRelaxations.FiledUnderSubject; review 24, D4; docs/search.md). Against the
/// real content.
/// </summary>
public class FiledUnderSubjectTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void TheCounterTerrorismItemIsFoundForTerrorismCooperation()
    {
        // Priority 12 never says "cooperation"; it is indexed under "counter-terrorism", which /subjects links to "terrorism".
        var response = Search("terrorism cooperation");
        var hit = Assert.Single(response.Hits, h => h.Id == "paper/priority-12");
        Assert.Null(response.Relaxed);
        var word = Assert.Single(response.NotRequired);
        Assert.Equal(("cooperation", true), (word.Text, word.FiledUnderSubject));
        Assert.InRange(word.Lacking, 1, response.Total - 1);
        Assert.Equal("paper/priority-12", response.Hits[0].Id);
        // It lacks "cooperation" and says what it is filed under instead.
        Assert.Contains("counter-terrorism", hit.Note.IndexedUnder);
    }

    [Fact]
    public void ThePublicHealthItemIsFoundForPandemicsAsASecurityThreat()
    {
        // Priority 17 ("Global public health", indexed under "pandemic") says neither "security" nor "threat".
        var response = Search("pandemics as a security threat");
        Assert.Contains(response.Hits, h => h.Id == "paper/priority-17");
        Assert.Contains(response.Hits, h => h.Id == "paper/background-p2");
        Assert.All(response.NotRequired, w => Assert.True(w.FiledUnderSubject, w.Text));
        Assert.Contains(response.NotRequired, w => w.Text == "threat");
    }

    [Theory]
    // A rarer word beside the term's is what was asked: "talks" (4 units) beside "Russia", "guns" beside "Africa".
    [InlineData("peace talks Russia", "paper/priority-5")]
    [InlineData("controlling small guns in Africa", "paper/priority-4")]
    // An abbreviation is a name, however common: "gsi" beside the Global Development Initiative.
    [InlineData("how is the gsi different from the global development initiative", "lei-kezhong/p1")]
    public void AWordOfAnotherSubjectIsStillRequired(string query, string first)
    {
        var response = Search(query);
        Assert.DoesNotContain(response.NotRequired, w => w.FiledUnderSubject);
        Assert.Equal(first, response.Hits[0].Id);
    }
}
