using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// A search query that nearly copies one sentence of the texts is told from a search (review 22, D7): the sentence,
/// and each word changed; anything less like one sentence — a question, a sentence word for word, words of two
/// sentences, a sentence rewritten — is no pasted sentence.
/// </summary>
public class PastedSentenceTests
{
    private static readonly Lazy<QuoteChecker> Checker = new(() => new QuoteChecker(RealContent.Library));

    [Theory]
    // The review's two pastes, one word changed in each.
    [InlineData("Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in external affairs",
        "/paper/priorities/5#s3", "“external” where the paper has “internal”")]
    [InlineData("Strengthen international security governance on artificial intelligence (AI) and other emerging technologies, and prevent and manage possible security risks.",
        "/paper/priorities/15#s1", "“possible” where the paper has “potential”")]
    [InlineData("Firmly uphold the consensus that a nuclear war can be won and must never be fought",
        "/paper/priorities/3#s1", "“can” where the paper has “cannot”")]
    public void ASentenceWithOneWordChangedIsNamedWithTheChange(string query, string sentence, string change)
    {
        var pasted = PastedSentence.Of(Checker.Value, query) ?? throw new Xunit.Sdk.XunitException("not taken for a pasted sentence");
        Assert.Equal(sentence, pasted.Match.Url);
        Assert.Equal(1, pasted.ChangedWords);
        Assert.Equal([change], pasted.Described);
    }

    [Theory]
    // Word for word: the search finds it, and nothing differs to say.
    [InlineData("Strengthen international security governance on artificial intelligence (AI) and other emerging technologies, and prevent and manage potential security risks.")]
    // A reader's question, however long.
    [InlineData("how is the initiative going to be put in practice by china and other countries in the world today")]
    [InlineData("what does the paper say about the united nations and the role it should play in keeping the peace")]
    // Under twelve words: a search that happens to be close to a sentence.
    [InlineData("prevent and manage possible security risks of artificial intelligence")]
    // The words of two sentences: no one sentence to point at.
    [InlineData("Firmly uphold the consensus that a nuclear war cannot be won and must never be fought. Comply with the joint declaration on preventing nuclear war")]
    // One sentence rewritten, not copied: more than three words changed.
    [InlineData("Support the global community in actively taking part in the peaceful settlement of hotspots, under the condition of non-interference in external affairs")]
    public void AnythingElseIsNoPastedSentence(string query) =>
        Assert.Null(PastedSentence.Of(Checker.Value, query));
}
