using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Review 23's D3 (docs/search.md, the twenty-ninth turn), against the real content. A word found nowhere beside a
/// subject of several words the texts name is left out and named, as in a corrected query ("rol of shanghai coopration
/// organisation"): the subject's words count one by one, and a subject found by its forms is the texts' own where they
/// write one word of it in lower case ("cyber attacks": "cyber threats"). And a slip, no word of English, is borne out
/// by a word typed right that a quarter of the units hold: "chinas view on soverignty" found nothing and said no passage
/// held "chinas" and "sovereignty" together, while Khokhar ¶1 holds both.
/// </summary>
public class WordFoundNowhereBesideASubjectTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Theory]
    [InlineData("hackers and cyber attacks", "hackers", "cyber attacks", "paper/priority-13")]   // review 23's
    [InlineData("drones and artificial intelligence", "drones", "artificial intelligence", "paper/priority-15")] // the turn's own case
    public void TheWordFoundNowhereIsLeftOutNamedAndTheSubjectAnswers(string query, string absent, string rest, string first)
    {
        Assert.Equal(0, Search($"\"{absent}\"").Total);
        var response = Search(query);
        Assert.Equal([absent], response.Dropped);
        Assert.Equal(rest, response.WithoutAbsent!.Query);
        Assert.Equal(first, response.Hits[0].Id);
        Assert.Equal(Search(rest).Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        // Marks only on words found: nothing marks the word left out.
        Assert.DoesNotContain(response.Hits.SelectMany(h => h.Snippet), r => r.Marked && r.Text.Contains(absent[..5], StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("bitcoin and climate change")]   // the turn's no-answer case of the same shape: one found word-group and a rarer word
    [InlineData("space tourism")]
    [InlineData("nuclear fusion reactor")]
    [InlineData("bloc confrontation NATO")]      // a name found nowhere is what was asked: offered, not answered
    [InlineData("Belt and Road debt")]
    public void ANoAnswerQueryStaysClean(string query)
    {
        var response = Search(query);
        Assert.True(response.Total == 0, $"“{query}” found {string.Join(", ", response.Hits.Select(h => h.Id))}");
        Assert.Empty(response.Dropped);
    }

    [Fact]
    public void ASlipBorneOutByACommonWordIsSearchedAndNoFalseNoteIsMade()
    {
        var response = Search("chinas view on soverignty");
        Assert.Equal("chinas view on sovereignty", response.Corrected);
        Assert.True(response.SearchedCorrected);
        Assert.Equal("paper/commitment-2", response.Hits[0].Id);
        Assert.Contains(response.Hits, h => h.Id == "ovais-ali-khokhar/p1");
        // No "each on its own" list claiming that no passage holds the words together.
        Assert.Empty(response.Separately);
        Assert.Equal(Search("chinas view on sovereignty").Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("all countries are in one boat", "boao")]                 // a word of English is no slip: still not searched
    [InlineData("disputes over water between neighbouring countries", "neighboring")] // the other spelling is no slip either
    public void AGuessOrTheOtherSpellingIsNotBorneOutByACommonWord(string typed, string guess)
    {
        var response = Search(typed);
        Assert.DoesNotContain(guess, response.Corrected ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.False(response.SearchedCorrected);
    }
}
