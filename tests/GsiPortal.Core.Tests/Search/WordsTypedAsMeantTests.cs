using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The corrector corrects slips, not words of English the texts never use (a fresh-eyes review, the nineteenth turn):
/// "robots war" was answered as "roots war" with Lei Kezhong ¶6; "Ukrane ceasefire" was answered as typed, "Ukrane"
/// found nowhere, though "Ukrane" alone is corrected. Against the real content.
/// </summary>
public class WordsTypedAsMeantTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    /// <summary>
    /// WordNet knows "robot": the texts never use it, and no word of theirs a letter away is what was meant. It is
    /// searched as the editors' list gives it ("emerging technologies"), and the page says no passage says it.
    /// </summary>
    [Theory]
    [InlineData("robots war", "robots")]
    [InlineData("robots", "robots")]
    public void AWordOfEnglishTheTextsNeverUseIsNotSwappedForAnother(string typed, string word)
    {
        var response = Search(typed);
        Assert.Null(response.Corrected);
        Assert.False(response.SearchedCorrected);
        Assert.DoesNotContain(response.Hits, h => h.Snippet.Any(r => r.Marked && r.Text.Contains("root", StringComparison.OrdinalIgnoreCase)));
        var also = Assert.Single(response.AlsoSearched, a => a.Typed == word);
        Assert.False(also.TypedFound);
        Assert.Equal(["emerging technologies"], also.Forms);
        Assert.Equal("paper/priority-15", response.Hits[0].Id);
    }

    /// <summary>
    /// A word of English may still be offered a word the texts derive from the same base, as before: no passage says
    /// "robbers", and "robbery" (priority 11) is their word for it. Not a form of the word itself: "code" is not
    /// corrected to "codes", which its stem finds already.
    /// </summary>
    [Fact]
    public void AWordOfEnglishIsOfferedOnlyADerivedWordOfTheTexts()
    {
        var robbers = Search("sea robbers hijacking ships");
        Assert.Equal("sea robbery hijacking ships", robbers.Corrected);
        Assert.Equal("paper/priority-11", robbers.Hits[0].Id);
        Assert.Null(Search("a code of conduct for lab scientists").Corrected);
    }

    /// <summary>
    /// A slip beside a word no passage holds: the correction finds nothing either, and is still said, with its words
    /// offered one by one as corrected, each count the one that word's own search gives.
    /// </summary>
    [Fact]
    public void ASlipBesideAWordTheTextsNeverUseIsStillCorrected()
    {
        var response = Search("Ukrane ceasefire");
        Assert.Equal(0, response.Total);
        Assert.Equal("Ukraine ceasefire", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("Ukrane ceasefire", response.Query);
        Assert.Equal([("Ukraine", Search("Ukraine").Total), ("ceasefire", 0)], response.Separately.Select(f => (f.Query, f.Units)));
        Assert.True(response.Separately[0].Units > 0);
    }

    /// <summary>
    /// The other spelling of English is no slip to say corrected where it finds nothing more: "defence" is searched as
    /// "defense" already, and "Japan defence spending" is answered as typed.
    /// </summary>
    [Fact]
    public void TheOtherSpellingFindingNothingMoreIsNotSaidCorrected()
    {
        var response = Search("Japan defence spending");
        Assert.Equal(0, response.Total);
        Assert.False(response.SearchedCorrected);
        Assert.Contains(response.Separately, f => f.Query == "defence" && f.Units > 0);
    }
}
