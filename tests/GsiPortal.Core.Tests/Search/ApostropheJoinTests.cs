using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// An apostrophe inside a word joins its two halves, in the texts and in a query alike: Khokhar writes "Bo'ao", the
/// other commentaries "Boao" (docs/search.md, Analysis). Against the real content.
/// </summary>
public class ApostropheJoinTests
{
    [Theory]
    [InlineData("Bo'ao", "boao")]
    [InlineData("Bo\u2019ao", "boao")]
    [InlineData("Boao", "boao")]
    // A possessive is still dropped whole, not joined: "China's" is "china", as before.
    [InlineData("China's", "china")]
    [InlineData("don't", "dont")]
    // At a word's edge an apostrophe joins nothing.
    [InlineData("'peace'", "peac")]
    public void AnApostropheBetweenLettersIsDropped(string word, string term) =>
        Assert.Equal([term], TextAnalysis.Terms(word));

    [Fact]
    public void BoaoFindsKhokharsParagraphThatWritesBoAo()
    {
        var response = RealContent.Index.Search(new SearchRequest("Boao Forum"));
        var khokhar = Assert.Single(response.Hits, h => h.Id == "ovais-ali-khokhar/p1");
        // Marked as he writes it.
        Assert.Contains(khokhar.Snippet, r => r.Marked && r.Text.StartsWith("Bo'ao", StringComparison.Ordinal));
        // And the others' "Boao" still found.
        Assert.Contains(response.Hits, h => h.Id == "dong-chunling/p1");
    }
}
