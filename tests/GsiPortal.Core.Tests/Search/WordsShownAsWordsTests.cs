using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A word the search names to a reader is a word, not a token with its sentence's punctuation: a pasted sentence's last
/// word was named and linked as "differences." in the relaxed words and "Each on its own" (review 23, D10 and T5). An
/// abbreviation keeps its own stops ("U.S.").
/// </summary>
public class WordsShownAsWordsTests
{
    [Theory]
    [InlineData("differences.", "differences")]
    [InlineData("root causes...", "causes")]
    [InlineData("'security'", "security")]
    [InlineData("countries'", "countries")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("e.g.", "e.g.")]
    [InlineData("Pakistan's", "Pakistan's")]
    public void AWordIsReadWithoutTheMarksAtItsEdges(string typed, string word)
    {
        var clauses = ReaderQuery.Parse(typed).Groups.SelectMany(g => g).ToList();
        Assert.Equal(word, clauses[^1].Text);
    }

    [Fact]
    public void APastedSentencesLastWordIsNamedWithoutItsFullStop()
    {
        var response = RealContent.Index.Search(new SearchRequest("War and sanctions are no lasting solution to differences."));
        var relaxed = response.Relaxed ?? throw new Xunit.Sdk.XunitException("not relaxed");
        Assert.Contains("differences", relaxed.Words);
        Assert.DoesNotContain(relaxed.Words, w => w.EndsWith('.'));
        Assert.DoesNotContain(relaxed.Alone, f => f.Query.EndsWith('.'));
        Assert.Contains(relaxed.Alone, f => f.Query == "differences");
    }
}
