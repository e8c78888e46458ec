using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A result lands on the sentence holding the most of the query's matched words, the rarer weighing more, each word
/// once however often a sentence says it (review 23, D4): "terrorism should not be blamed on one religion" linked
/// priority 12 at s1, which says "terrorism" and "counter-terrorism" four times, where s3 holds "terrorism" and
/// "religion"; "money for african peacekeeping" linked priority 1 at s4, "peacekeeping" twice, where s6 holds "African"
/// and "peacekeeping". Against the real content.
/// </summary>
public class SentenceOfMostWordsTests
{
    [Theory]
    [InlineData("terrorism should not be blamed on one religion", "paper/priority-12", "#s3", "religion")]
    [InlineData("money for african peacekeeping", "paper/priority-1", "#s6", "African")]
    public void TheResultLandsOnTheSentenceHoldingMostOfTheWords(string query, string id, string fragment, string word)
    {
        var response = RealContent.Index.Search(new SearchRequest(query));
        var hit = Assert.Single(response.Hits, h => h.Id == id);
        Assert.EndsWith(fragment, ResultAddress.Of(hit, response, RealContent.Library.Addresses), StringComparison.Ordinal);
        // The snippet shows that sentence, the rarer word marked in it.
        Assert.Contains(hit.Snippet, r => r.Marked && r.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("cold war mentality", "paper/commitment-3", "#s6")]
    [InlineData("unilateral sanctions", "paper/commitment-5", "#s6")]
    [InlineData("human rights", "paper/commitment-4", "#s7")]
    public void ASearchedPhraseStillChoosesFirst(string query, string id, string fragment)
    {
        var response = RealContent.Index.Search(new SearchRequest(query));
        var hit = Assert.Single(response.Hits, h => h.Id == id);
        Assert.EndsWith(fragment, ResultAddress.Of(hit, response, RealContent.Library.Addresses), StringComparison.Ordinal);
    }
}
