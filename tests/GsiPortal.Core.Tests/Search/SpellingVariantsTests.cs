using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Issue 24: a word typed in the other spelling of English than the texts' ("weaponise", "neighbours", "globalisation";
/// "dialog" where the texts write "dialogue") finds the passages that write it their way, first, and the page says
/// what was searched — a spelling searched beside the word, not a correction, and never "weapons" for "weaponise".
/// </summary>
public class SpellingVariantsTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Theory]
    [InlineData("weaponise", "paper/priority-16 paper/priority-18")]   // "weaponization", "weaponizing"; not the "weapons" priorities
    [InlineData("weaponise food", "paper/priority-18")]                 // "weaponizing food"
    [InlineData("politicise", "paper/priority-18")]                     // "politicizing"
    [InlineData("neighbours of Afghanistan", "paper/platform-2")]       // "Neighboring Countries of Afghanistan"
    [InlineData("globalisation", "lei-kezhong/p13")]                   // "globalization", not every "global"
    public void ABritishSpellingFindsThePassagesThatWriteTheAmericanOne(string query, string ids) =>
        Assert.Equal(ids.Split(' '), Search(query).Hits.Select(h => h.Id));

    [Theory]
    [InlineData("globalisation", "globalization")]
    [InlineData("weaponise", "weaponization weaponizing")]
    [InlineData("defence", "defense")]
    [InlineData("dialog", "dialogue")]                                  // the other way: the texts write "dialogue"
    public void ThePageNamesTheSpellingSearchedAndSaysTheTypedOneIsInNoPassage(string query, string forms)
    {
        var response = Search(query);
        var also = Assert.Single(response.AlsoSearched);
        Assert.Equal(query, also.Typed);
        Assert.Equal(forms.Split(' '), also.Forms);
        Assert.False(also.TypedFound);
        // A spelling is searched, not corrected: no "did you mean".
        Assert.Null(response.Corrected);
    }

    [Theory]
    [InlineData("realize")]     // the texts' own spelling: searched as typed
    [InlineData("weapons")]
    [InlineData("premise")]     // "-ise" that is no British "-ize"
    [InlineData("enterprise")]  // found nowhere in either spelling: nothing named
    public void AWordTheTextsHoldOrOneWithNoOtherSpellingThereIsLeftAlone(string query) =>
        Assert.DoesNotContain(Search(query).AlsoSearched, a => a.Typed == query);

    [Theory]
    [InlineData("globalisation", "globalization")]
    [InlineData("neighbours", "neighbors")]
    [InlineData("defence", "defense")]
    [InlineData("dialogue", "dialog")]
    [InlineData("vigor", "vigour")]
    public void OneListOfEndingsServesBothTheSearchAndTheCorrector(string typed, string other) =>
        // SpellingCorrector offers the other spelling from this same list (it kept a shorter one of its own, one way only).
        Assert.Contains(other, SpellingVariants.OtherSpellings(typed));
}
