using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A query of several words, some of them slips, is corrected word by word where a word can be and answered, though
/// another word is no slip of any word the texts hold (review 22, D1): "rol of shanghai coopration organisation" found
/// nothing, "coopration" said to be found nowhere, though corrected alone at once. The corrector's own rules stay: it
/// changes no word the texts hold and no word of English WordNet knows. Against the real content.
/// </summary>
public class CorrectedPerWordTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void AWordCorrectedBesideAWordFoundNowhereIsAnsweredWithoutIt()
    {
        // "rol" (three letters) is corrected to nothing; "coopration" and "organisation" are. The name the correction
        // makes, "shanghai cooperation organization", finds platform 2, the tuning file's answer.
        var response = Search("rol of shanghai coopration organisation");
        Assert.True(response.SearchedCorrected);
        Assert.Equal("rol of shanghai cooperation organization", response.Corrected);
        Assert.Equal([("coopration", "cooperation"), ("organisation", "organization")], response.CorrectedWords.Select(c => (c.Typed, c.Corrected)));
        Assert.Equal(["rol"], response.Dropped);
        Assert.Equal("paper/platform-2", response.Hits[0].Id);
        Assert.Equal("rol of shanghai coopration organisation", response.Query);
    }

    [Fact]
    public void CorrectedWordsFoundApartAreAnsweredAsCorrectedNotAsTyped()
    {
        // "is china against military alliances" finds nothing either ("against" and "military" are found, never
        // together with the rest): the answer is the correction's, so that the words are offered one by one as
        // corrected and the meaning path reads them corrected. Before, "militery (found nowhere)", and the model was
        // asked the slips.
        var response = Search("is china agianst militery alliances");
        Assert.Equal(0, response.Total);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("is china against military alliances", response.MeaningQuery);
        Assert.Equal([("agianst", "against"), ("militery", "military")], response.CorrectedWords.Select(c => (c.Typed, c.Corrected)));
        Assert.DoesNotContain(response.Separately, f => f.Text is "militery" or "agianst");
        Assert.DoesNotContain(response.Separately, f => f.Units == 0);
    }

    [Fact]
    public void ASlipItsStemFindsAnywayIsReadAsCorrectedByTheMeaningPath()
    {
        // "climat" stems as "climate" does, so the words find as much either way; "wat" (three letters) is no slip the
        // corrector takes. The model is asked "climate", not "climat".
        var response = Search("wat the paper say on climat change");
        Assert.True(response.SearchedCorrected);
        Assert.Equal([("climat", "climate")], response.CorrectedWords.Select(c => (c.Typed, c.Corrected)));
        Assert.Contains("climate change", response.MeaningQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("defence forums held in Beijing")]   // "held" is a word of English (a form of "hold"), not a slip
    [InlineData("Japan defence spending")]           // the other spelling of English, searched as typed already
    public void AWordOfEnglishOrTheOtherSpellingIsNotAnsweredAsCorrected(string query)
    {
        var response = Search(query);
        Assert.False(response.SearchedCorrected);
        Assert.Empty(response.CorrectedWords);
        Assert.Equal(query, response.MeaningQuery);
    }

    [Fact]
    public void ARightWordIsNotTurnedWrong()
    {
        // The corrector's rules stay: "Tibet" is not "times".
        var response = Search("Tibet autonomy militery");
        Assert.DoesNotContain(response.CorrectedWords, c => c.Typed == "Tibet");
    }

    [Fact]
    public void ACorrectionOfEveryWordNamesEachWord()
    {
        var response = Search("artifical inteligence");
        Assert.True(response.SearchedCorrected);
        Assert.Equal([("artifical", "artificial"), ("inteligence", "intelligence")], response.CorrectedWords.Select(c => (c.Typed, c.Corrected)));
    }
}
