using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The answer without a word found nowhere rests on the site's own search of the rest (docs/search.md, the
/// twenty-seventh turn): a name typed in lower case is still a name, and the rest's words-apart notes are not said where
/// the reader never typed its words side by side. Against the real content.
/// </summary>
public class AnsweredWithoutRestTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void TourismBetweenChinaAndAfricaFindsNothingSinceTheRestIsTwoNames()
    {
        // The tuning file's no-answer case (written first, the twenty-seventh turn): no passage speaks of tourism. The
        // rest, "china africa", finds priority 8 and the China-Africa forum, which the rule showed until this turn: the
        // texts write "China" and "Africa" only with a capital, so typed in lower case they are names still.
        Assert.Equal(0, Search("\"tourism\"").Total);
        Assert.True(Search("china africa").Total > 0);
        var response = Search("tourism between china and africa");
        Assert.True(response.Total == 0, string.Join(", ", response.Hits.Select(h => h.Id)));
        Assert.Empty(response.Dropped);
    }

    [Theory]
    [InlineData("disagreements between countries over the sea", "paper/priority-11")]
    [InlineData("punishing countries with sanctions", "paper/commitment-5")]
    [InlineData("terrorists blacklisted by the Security Council", "paper/priority-12")]
    [InlineData("israel palestine peace", "paper/priority-7")]
    public void AnAnswerOfAnEverydayWordsRestIsKept(string query, string first)
    {
        var response = Search(query);
        Assert.NotEmpty(response.Dropped);
        Assert.Equal(first, response.Hits[0].Id);
    }

    [Fact]
    public void TheRestsWordsAreNotSaidApartWhereTheReaderNeverTypedThemTogether()
    {
        // "countries sea" typed alone: each result says it holds the words, not side by side. Answering "disagreements
        // between countries over the sea", where the reader typed them four words apart, the results say nothing of it.
        Assert.Contains(Search("countries sea").Hits, h => h.Note.Apart.Count > 0);
        var response = Search("disagreements between countries over the sea");
        Assert.Equal("countries sea", response.WithoutAbsent!.Query);
        Assert.All(response.Hits, h => Assert.Empty(h.Note.Apart));
        Assert.False(response.WordsApart);
    }

    [Fact]
    public void NorIsThePageWideNoteMade()
    {
        // "countries sanctions" typed alone: "No passage has the words … side by side". Not beside its answer to
        // "punishing countries with sanctions".
        Assert.True(Search("countries sanctions").WordsApart);
        var response = Search("punishing countries with sanctions");
        Assert.Equal(["punishing"], response.Dropped);
        Assert.False(response.WordsApart);
        Assert.Null(response.Apart);
    }

    [Theory]
    [InlineData("disagreements between countries over the sea", "countries sea", false)]
    [InlineData("punishing countries with sanctions", "countries sanctions", false)]
    [InlineData("deep sea disagreements", "deep sea", true)]
    [InlineData("Deep  Sea, disagreements", "deep sea", true)]
    [InlineData("sea deep disagreements", "deep sea", false)]
    public void WordsTypedTogetherAreTheRestInOrder(string typed, string rest, bool together) =>
        Assert.Equal(together, AnsweredWithout.TypedTogether(typed, rest));

    [Fact]
    public void AWordTheTextsWriteOnlyWithACapitalIsAName()
    {
        var stems = AnsweredWithout.StemsWrittenInLowerCase(["China and Africa meet at sea; countries trade."]);
        Assert.True(AnsweredWithout.WrittenInLowerCase("sea", stems));
        Assert.True(AnsweredWithout.WrittenInLowerCase("country", stems));
        Assert.False(AnsweredWithout.WrittenInLowerCase("china", stems));
        Assert.False(AnsweredWithout.WrittenInLowerCase("africa", stems));
    }
}
