using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// Words of the text given in another order are one change, "words in a different order", within their sentence: a
/// fresh-eyes review found "…of others of that" reported as "others of" added, the passage offered to copy cut off
/// before "of others", and "community of security" aligned over two sentences, "…security community. Security".
/// </summary>
public class QuoteTranspositionTests
{
    private static readonly QuoteChecker Checker = new(RealContent.Library);

    [Theory]
    [InlineData("Security of one country should not come at the expense of others of that.", "others of that", "that of others", "Security of one country should not come at the expense of that of others.")]
    [InlineData("Humanity is an indivisible community of security", "community of security", "security community", "Humanity is an indivisible security community.")]
    [InlineData("War and sanctions are no fundamental solution to disputes; only consultation and dialogue are effective in resolving differences.", "consultation and dialogue", "dialogue and consultation",
        "War and sanctions are no fundamental solution to disputes; only dialogue and consultation are effective in resolving differences.")]
    public void ASwapIsOneReorderingAndTheWholeSentenceIsOffered(string quotation, string quoted, string source, string sentence)
    {
        var result = Checker.Check(quotation);
        Assert.Equal(QuoteVerdict.Close, result.Verdict);
        var match = result.Matches[0];
        var change = Assert.Single(match.Differences);
        Assert.Equal((DifferenceKind.Transposed, quoted, source), (change.Kind, change.Quoted, change.Source));
        Assert.Equal(sentence, match.SourceText);
        Assert.False(match.CutMidSentence);
        Assert.Empty(match.MeaningChanges);
        // Every word the text has stands in the quotation (an "of" put in is not the text's).
        Assert.True(match.Coverage > 0.85, $"coverage {match.Coverage}");
        Assert.Equal("Not word for word: words in a different order", QuoteVerdicts.Headline(result));
    }

    [Theory]
    [InlineData("others of that", "that of others", true)]
    [InlineData("community of security", "security community", true)]
    [InlineData("responsibilities due", "due responsibilities", true)]
    // The same words in the same order, "of" put in or taken out: no reordering.
    [InlineData("security of community", "security community", false)]
    // Other words: a substitution, not a reordering.
    [InlineData("community of peace", "security community", false)]
    [InlineData("that of", "of that", true)]
    // Linking words alone carry nothing to reorder.
    [InlineData("of the of", "the of of", false)]
    public void AReorderingHoldsTheSameWordsInAnotherOrder(string quoted, string source, bool reordering) =>
        Assert.Equal(reordering, QuoteTransposition.IsReordering(quoted.Split(' '), source.Split(' ')));

    [Fact]
    public void AWordLeftOutIsNotAReordering()
    {
        var match = Checker.Check("Security of one country should not come at the expense of others.").Matches[0];
        Assert.DoesNotContain(match.Differences, d => d.Kind == DifferenceKind.Transposed);
        Assert.Contains(match.Differences, d => d.Kind == DifferenceKind.Omitted && d.Source == "that of");
    }
}
