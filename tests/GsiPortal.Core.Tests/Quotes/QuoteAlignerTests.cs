using GsiPortal.Core.Quotes;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>The alignment itself, on small texts whose right answer is plain.</summary>
public class QuoteAlignerTests
{
    private static (List<QuoteDifference> Differences, QuoteAlignment Alignment) Align(string quote, string source)
    {
        var quoted = new QuotedText(quote);
        var words = QuoteWords.Of(source);
        var alignment = QuoteAligner.Align(quoted, words)!;
        return (QuoteDifference.Of(alignment, quoted, words), alignment);
    }

    [Fact]
    public void TheSourceIsFreeBeforeAndAfterTheStretchQuoted()
    {
        var (differences, alignment) = Align("c d e", "a b c d e f g");
        Assert.Empty(differences);
        Assert.Equal((2, 4), (alignment.SourceStart, alignment.SourceEnd));
    }

    [Fact]
    public void AnOmissionIsPlacedWhereAReaderReadsIt() =>
        Assert.Equal(new QuoteDifference(DifferenceKind.Omitted, "", "that of", 2), Assert.Single(Align("expense of others", "at the expense of that of others today").Differences));

    [Fact]
    public void WordsBeforeAndAfterTheMatchAreAdditionsNotStretchedOverTheSource()
    {
        var (differences, alignment) = Align("as the paper says humanity is an indivisible security community indeed so", "we hold that humanity is an indivisible security community of all");
        Assert.Equal([new(DifferenceKind.Added, "as the paper says", "", 0), new(DifferenceKind.Added, "indeed so", "", 10)], differences);
        Assert.Equal(3, alignment.SourceStart);
    }

    [Fact]
    public void BracketedWordsAreTheQuotersDeclaredInsertion()
    {
        var (differences, _) = Align("[The paper] is an indivisible security community", "Humanity is an indivisible security community");
        Assert.Equal(DifferenceKind.Bracketed, Assert.Single(differences).Kind);
    }

    [Fact]
    public void OneChangedFirstWordIsASubstitution() =>
        Assert.Equal(new QuoteDifference(DifferenceKind.Substituted, "peace", "humanity", 0), Assert.Single(Align("peace is an indivisible security community", "we hold that humanity is an indivisible security community").Differences));

    [Fact]
    public void NothingInCommonIsNoAlignment() => Assert.Null(QuoteAligner.Align(new QuotedText("red green blue"), QuoteWords.Of("one two three four")));

    [Fact]
    public void AChangedPhraseIsMarkedAsTheQuotationsWordsThenTheSources()
    {
        var quoted = new QuotedText("security of one country should come at the expense of others");
        var words = QuoteWords.Of("the security of one country to the neglect of the security of others");
        var steps = QuoteDifference.Steps(QuoteAligner.Align(quoted, words)!, quoted, words);
        var changed = steps.SkipWhile(s => s.Change == WordChange.Same).TakeWhile(s => s.Change != WordChange.Same).ToList();
        Assert.Equal(["should", "come", "at"], changed.TakeWhile(s => s.Change == WordChange.OnlyInFirst).Select(s => s.Text));
        Assert.All(changed.SkipWhile(s => s.Change == WordChange.OnlyInFirst), s => Assert.Equal(WordChange.OnlyInSecond, s.Change));
    }
}
