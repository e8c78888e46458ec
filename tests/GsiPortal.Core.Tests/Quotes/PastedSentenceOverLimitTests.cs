using GsiPortal.Core.Quotes;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A sentence pasted whole can be over the search's limits (priority 5's sentence 3: 49 words, 30 words and phrases
/// where 24 are searched). The search refuses it, saying it is over a limit, and the pasted-sentence check still
/// names the sentence — with a word changed as under the limit, and word for word too, since nothing else will find it.
/// </summary>
public class PastedSentenceOverLimitTests
{
    private static readonly Lazy<QuoteChecker> Checker = new(() => new QuoteChecker(RealContent.Library));

    /// <summary>Priority 5, sentence 3, as the paper has it.</summary>
    public const string Sentence = "Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in internal affairs, mainly through the means of facilitating peace talks, with fairness and practicality as the main attitude, and mainly following the approach of addressing both symptoms and root causes.";

    /// <summary>The same, "external" for "internal".</summary>
    public static readonly string Altered = Sentence.Replace("internal affairs", "external affairs", StringComparison.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheSearchRefusesTheSentenceAsOverALimit(bool altered)
    {
        var refused = Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest(altered ? Altered : Sentence)));
        Assert.True(refused.OverLimit);
        Assert.Contains("searches are limited to 24", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherRefusalsAreNotOverALimit()
    {
        Assert.False(Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest("security", Kind: "nonsense"))).OverLimit);
        Assert.False(Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest("-security"))).OverLimit);
    }

    [Fact]
    public void TheSentenceWithAWordChangedIsNamed()
    {
        var pasted = PastedSentence.Of(Checker.Value, Altered, wordForWordToo: true) ?? throw new Xunit.Sdk.XunitException("not named");
        Assert.Equal("/paper/priorities/5#s3", pasted.Match.Url);
        Assert.False(pasted.WordForWord);
        Assert.Equal(["“external” where the paper has “internal”"], pasted.Described);
    }

    [Fact]
    public void TheSentenceWordForWordIsNamedOnlyWhenAsked()
    {
        var pasted = PastedSentence.Of(Checker.Value, Sentence, wordForWordToo: true) ?? throw new Xunit.Sdk.XunitException("not named");
        Assert.Equal("/paper/priorities/5#s3", pasted.Match.Url);
        Assert.True(pasted.WordForWord);
        Assert.Empty(pasted.Described);
        // Under the limits the search finds it, and the page says nothing of quotation (as before).
        Assert.Null(PastedSentence.Of(Checker.Value, Sentence));
    }

    [Theory]
    // A long question over the limit: no sentence.
    [InlineData("what does the paper say about the united nations and the role it should play in keeping the peace and what does each of the commentaries say about the initiative and its future and about china and the world and security and development and cooperation")]
    // The sentence rewritten: more than three words changed.
    [InlineData("Support the global community in actively taking part in the peaceful resolution of hotspots, under the condition of non-interference in external affairs, mainly through the means of facilitating peace talks, with fairness and practicality as the main attitude, and mainly following the approach of addressing both symptoms and root causes.")]
    public void AnythingElseOverTheLimitIsNoPastedSentence(string query)
    {
        Assert.True(Assert.Throws<InvalidSearchException>(() => RealContent.Index.Search(new SearchRequest(query))).OverLimit);
        Assert.Null(PastedSentence.Of(Checker.Value, query, wordForWordToo: true));
    }

    [Fact]
    public void TwoThousandCharactersAreNotAligned()
    {
        // Past the longest quote check an address can carry (1,500 characters), nothing is aligned at all.
        var query = string.Join(' ', Enumerable.Repeat(Altered, 6));
        Assert.True(query.Length > 2_000);
        Assert.Null(PastedSentence.Of(Checker.Value, query, wordForWordToo: true));
    }
}
