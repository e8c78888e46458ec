using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Lucene's fuzzy, proximity and weight marks ("security~2", "security^10", "\"common security\"~3") are not this
/// search's syntax (docs/search.md, "Query syntax"): read as punctuation and left out, with a note, so the words find
/// what they find typed plainly. "security~2" was the phrase "security 2" and found Lei Kezhong ¶4's "security 2)";
/// "security^10" found nothing (a fresh-eyes review, the sixteenth session). On the real content.
/// </summary>
public class LuceneMarksTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Theory]
    [InlineData("security~2", "security", "“~2”")]
    [InlineData("security^10", "security", "“^10”")]
    [InlineData("security~", "security", "“~”")]
    [InlineData("sovereignty^2.5 equality", "sovereignty equality", "“^2.5”")]
    [InlineData("\"common security\"~3", "\"common security\"", "“~3”")]
    [InlineData("secur*^4", "secur*", "“^4”")]
    public void TheMarkIsLeftOutAndSaid(string typed, string plain, string mark)
    {
        var response = Search(typed);
        var expected = Search(plain);
        Assert.Equal(expected.Total, response.Total);
        Assert.Equal(expected.Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        var note = Assert.Single(response.Notes);
        Assert.StartsWith($"{mark} was left out: this search has no fuzzy or proximity (~) and no weight (^) operators", note);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("2030 Agenda")]
    [InlineData("COVID-19")]
    public void AQueryWithoutThemHasNoNote(string query) => Assert.Empty(Search(query).Notes);
}

/// <summary>
/// Compatibility forms of Latin letters (full-width "ｓｅｃｕｒｉｔｙ", as an East Asian keyboard types them) are Latin:
/// normalised (NFKC) before the script is judged, so the note that the texts are English is not shown beside the
/// results the words found.
/// </summary>
public class CompatibilityFormsTests
{
    [Fact]
    public void FullWidthLatinIsSearchedAsLatinWithoutTheLanguageNote()
    {
        var response = RealContent.Index.Search(new SearchRequest("ｓｅｃｕｒｉｔｙ"));
        Assert.False(response.OtherScript);
        Assert.Equal(RealContent.Index.Search(new SearchRequest("security")).Total, response.Total);
        Assert.True(RealContent.Index.Search(new SearchRequest("全球安全倡议")).OtherScript);
    }
}
