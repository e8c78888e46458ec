using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A query of several words that finds nothing, even relaxed, says how much each word finds on its own, so that the
/// reader goes on from one of them. Against the real content.
/// </summary>
public class SeparatelyTests
{
    private static SearchResponse Search(string q, string? kind = null) => RealContent.Index.Search(new SearchRequest(q, Kind: kind));

    [Fact]
    public void TwoWordsNoPassageHoldsTogetherAreEachCountedAsTheirOwnSearchCountsThem()
    {
        // "hegemony" and "Africa" each occur in five units, never in the same one; as rare as each other, neither
        // stands for the query, so relaxing finds nothing either.
        var response = Search("hegemony africa");
        Assert.Equal(0, response.Total);
        Assert.Null(response.Relaxed);
        Assert.Equal(["hegemony", "africa"], response.Separately.Select(f => f.Query));
        foreach (var word in response.Separately)
        {
            Assert.True(word.Units > 0, word.Query);
            Assert.Equal(Search(word.Query).Total, word.Units);
        }
    }

    [Fact]
    public void APhraseIsOfferedQuotedAPrefixWithItsStarAndAWordFoundNowhereWithNone()
    {
        // Two words found nowhere beside the phrase's two: since the twenty-ninth turn a phrase's words count one by one,
        // and the phrase beside one word found nowhere is answered without it ("peacekeeping mandate elephants").
        var phrase = Search("\"indivisible security\" giraffes zebras").Separately;
        Assert.Equal([("\"indivisible security\"", Search("\"indivisible security\"").Total), ("giraffes", 0), ("zebras", 0)], phrase.Select(f => (f.Query, f.Units)));
        Assert.True(phrase[0].Units > 0);
        var prefix = Search("secur* giraffes").Separately;
        Assert.Equal("secur*", prefix[0].Query);
        Assert.Equal(Search("secur*").Total, prefix[0].Units);
    }

    [Theory]
    [InlineData("indivisible security")]      // found
    [InlineData("giraffes")]                  // one word: the page already says so
    [InlineData("hegemony -africa giraffes")] // an exclusion: the words alone would drop it
    [InlineData("giraffes OR zebras")]        // alternatives: already as wide as the reader chose
    public void OnlyAZeroResultQueryOfSeveralRequiredWordsIsSplit(string query) => Assert.Empty(Search(query).Separately);

    [Theory]
    [InlineData("how giraffes", "giraffes")]
    [InlineData("what does the paper say about NATO", "NATO")]
    public void TheOneWordOfSubstanceAmongFunctionWordsIsNamedWhereItIsFoundNowhere(string query, string word)
    {
        // A question's one word of substance, which no text writes: named, as a word typed alone is, so that the page says
        // "No passage mentions NATO" and not "Nothing matched" (a fresh-eyes review, the twentieth session).
        var response = Search(query);
        Assert.Equal(0, response.Total);
        Assert.Equal([(word, 0)], response.Separately.Select(f => (f.Query, f.Units)));
        Assert.Null(response.WithoutAbsent);
    }

    [Fact]
    public void TheFoundWordsAreOfferedTogetherWithoutTheWordFoundNowhere()
    {
        // No text names NATO; commitment 3 says "bloc confrontation" (a fresh-eyes review, the nineteenth session).
        var response = Search("bloc confrontation NATO");
        Assert.Equal(0, response.Total);
        Assert.Equal("bloc confrontation", response.WithoutAbsent!.Query);
        var without = Search("bloc confrontation");
        Assert.Equal(without.Total, response.WithoutAbsent.Units);
        Assert.Equal("paper/commitment-3", without.Hits[0].Id);
    }

    [Theory]
    [InlineData("hegemony africa")]               // every word found: the words are apart, none is absent
    [InlineData("NATO expansion")]                // one found word, already linked alone in the list
    [InlineData("\"indivisible security\" giraffes zebras")]
    public void NoSearchWithoutTheAbsentWordsIsOfferedWhereItWouldAddNothing(string query) => Assert.Null(Search(query).WithoutAbsent);

    [Fact]
    public void FoundWordsThatNeverMeetAreNotOfferedTogether()
    {
        // "hegemony" and "africa" are never in one unit: their search without "giraffes" would find nothing.
        var response = Search("hegemony africa giraffes");
        Assert.Equal(0, response.Total);
        Assert.Contains(response.Separately, f => f.Units == 0);
        Assert.Null(response.WithoutAbsent);
    }

    [Fact]
    public void UnderAFilterTheWordsAreCountedInAllTheTexts()
    {
        var filtered = Search("hegemony africa", kind: "priority");
        Assert.Equal(0, filtered.UnfilteredTotal);
        Assert.Equal(Search("hegemony africa").Separately, filtered.Separately);
    }

    [Fact]
    public void NothingUnderAFilterSaysHowMuchTheQueryFindsWithoutIt()
    {
        // "hegemony" is in commitment 3 and commentaries, in no priority.
        var filtered = Search("hegemony", kind: "priority");
        Assert.Equal(0, filtered.Total);
        Assert.Equal(Search("hegemony").Total, filtered.UnfilteredTotal);
        Assert.True(filtered.UnfilteredTotal > 0);
        Assert.Null(Search("hegemony").UnfilteredTotal);
        Assert.Null(Search("hegemony", kind: "commitment").UnfilteredTotal);
    }
}

/// <summary>Results that hold a query's words but never together say so. Against the real content.</summary>
public class WordsApartTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void HumanRightsIsFoundOnlyAsHumanityAndSecurityRightsAndSaysSo()
    {
        var response = Search("human rights");
        Assert.True(response.Total > 0);
        Assert.True(response.WordsApart);
        Assert.Equal(0, Search("\"human rights\"").Total);
    }

    [Theory]
    [InlineData("indivisible security")]   // side by side
    [InlineData("sanctions unilateral")]   // nearly: "unilateral sanctions"
    [InlineData("how will China implement the GSI")] // a question: its words are not meant together
    [InlineData("\"indivisible security\" rights")]  // a phrase typed: the reader chose what goes together
    [InlineData("security")]               // one word
    public void NotSaidWhereTheWordsStandTogetherOrWereNotTypedAsOneRun(string query) => Assert.False(Search(query).WordsApart);

    /// <summary>
    /// Whether the words stand together is a fact about the texts, not about the filtered page: under a kind or
    /// document filter that leaves results, the page says the words are apart exactly when the unfiltered search does
    /// (the strict search counts the units holding them together as it goes, filtered out or not).
    /// </summary>
    [Theory]
    [InlineData("indivisible security")]
    [InlineData("food security")]
    [InlineData("human rights")]
    [InlineData("security dialogue")]
    [InlineData("peace development")]
    [InlineData("security cooperation")]
    public void AFilterDoesNotChangeWhetherTheWordsStandTogether(string query)
    {
        var unfiltered = Search(query);
        var filtered = 0;
        foreach (var request in RealContent.Index.Kinds.Select(k => new SearchRequest(query, Kind: k))
                     .Concat(RealContent.Library.Commentaries.Select(c => new SearchRequest(query, Document: c.Id))))
        {
            var response = RealContent.Index.Search(request);
            // Too little under the filter, and relaxed: the page's results need not hold every word, and it says nothing of them.
            if (response.Total == 0 || response.Relaxed is not null) continue;
            filtered++;
            Assert.Equal(unfiltered.WordsApart, response.WordsApart);
        }
        Assert.True(filtered >= 2, $"{query}: only {filtered} filtered searches found something");
    }
}
