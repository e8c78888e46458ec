using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.SideBySide;

namespace GsiPortal.Core.Tests.SideBySide;

/// <summary>Two commentaries set side by side on the real content: who says what, which pair by default, and bad choices.</summary>
public class SideBySideBuilderTests
{
    private static readonly ContentLibrary Library = ContentLoader.Load(RealContent.Folder).Library!;
    private static readonly CrossReferenceMap Map = new(Library);
    private static readonly PaperItem Commitment4 = Library.Paper.Items.Single(i => i.Anchor == "commitment-4");

    [Fact]
    public void OnAnItemEachCommentarysColumnHoldsItsSharedSentencesAndItsDiscussingParagraphs()
    {
        var subject = SideBySideBuilder.ForItem(Map, Commitment4);
        var khokhar = subject.Columns.Single(c => c.Commentary.Id == "ovais-ali-khokhar");
        Assert.Equal(["2", "7", "8"], khokhar.Passages.Select(p => p.Paragraph.Label));
        Assert.NotNull(khokhar.Passages.Single(p => p.Paragraph.Label == "7").Discussion);
        // A shared passage is its sentence, not the whole paragraph, and reads as the commentary prints it.
        var shared = khokhar.Passages.First(p => p.SharedWithPaper is not null);
        Assert.True(shared.End - shared.Start < shared.Paragraph.Text.Length);
        Assert.Contains(shared.Text, shared.Paragraph.Text, StringComparison.Ordinal);
        Assert.All(subject.Columns, c => Assert.Equal(c.Commentary.PredatesPaper(Library.Paper), c.PredatesPaper));
    }

    [Fact]
    public void WithoutAChoiceThePairIsTheTwoThatSayMostInWords()
    {
        var subject = SideBySideBuilder.ForItem(Map, Commitment4);
        var (pair, problem) = SideBySideBuilder.Choose(subject, Map, null, null);
        Assert.Null(problem);
        Assert.True(pair!.IsDefault);
        var most = subject.Columns.OrderByDescending(c => c.Words).Take(2).Select(c => c.Commentary.Id).ToHashSet();
        Assert.Equal(most, new HashSet<string> { pair.A.Commentary.Id, pair.B.Commentary.Id });
        Assert.Equal("/paper/commitments/4/commentaries", pair.Address);
    }

    [Fact]
    public void OnAKeyTermTheOneWhoUsesItMostComesFirstAndTheTermIsShared()
    {
        var term = new KeyTerms(Library).Find("global-security-governance")!;
        var subject = SideBySideBuilder.ForTerm(Library, term);
        Assert.Equal(subject.Columns.Max(c => c.TermUses), subject.Ranked[0].TermUses);
        var (pair, _) = SideBySideBuilder.Choose(subject, Map, "dong-chunling", "ovais-ali-khokhar");
        Assert.Contains(pair!.SharedPhrases, p => p.Equals("global security governance", StringComparison.OrdinalIgnoreCase));
        Assert.All(pair.A.Passages.Concat(pair.B.Passages), m => Assert.Contains(m.Runs, r => r.Marked && r.Text.Equals("global security governance", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal("/terms/global-security-governance/commentaries?a=dong-chunling&b=ovais-ali-khokhar", pair.Address);
    }

    [Theory]
    [InlineData("khokhar", "dong", "ovais-ali-khokhar", "dong-chunling")]
    [InlineData("CHEN", null, "chen-xiangyang", null)]
    [InlineData(null, "lei-kezhong", null, "lei-kezhong")]
    public void ACommentaryIsNamedByItsIdOrItsAuthorsFamilyNameAndASideLeftOutIsFilled(string? a, string? b, string? expectedA, string? expectedB)
    {
        var subject = SideBySideBuilder.ForItem(Map, Commitment4);
        var (pair, problem) = SideBySideBuilder.Choose(subject, Map, a, b);
        Assert.Null(problem);
        if (expectedA is not null) Assert.Equal(expectedA, pair!.A.Commentary.Id);
        if (expectedB is not null) Assert.Equal(expectedB, pair!.B.Commentary.Id);
        Assert.NotEqual(pair!.A.Commentary, pair.B.Commentary);
        Assert.False(pair.IsDefault);
    }

    [Theory]
    [InlineData("nobody", "dong-chunling", PairProblemKind.UnknownCommentary)]
    [InlineData("dong-chunling", "dong", PairProblemKind.SameCommentary)]
    [InlineData("-", null, PairProblemKind.UnknownCommentary)]
    public void ABadChoiceIsAProblemWithAReasonNotAnException(string a, string? b, PairProblemKind kind)
    {
        var (pair, problem) = SideBySideBuilder.Choose(SideBySideBuilder.ForItem(Map, Commitment4), Map, a, b);
        Assert.Null(pair);
        Assert.Equal(kind, problem!.Kind);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason));
    }
}
