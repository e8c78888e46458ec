using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>The source's misprints, kept as printed and marked [sic]: found as whole words only, and never promised in vain.</summary>
public class SicWordsTests
{
    [Theory]
    [InlineData("respecting the soveignty and territorial integrity", "soveignty", "15:9")]
    [InlineData("soveignty, soveignty.", "soveignty", "0:9 11:9")]
    [InlineData("the soveigntys of", "soveignty", "")]
    [InlineData("Forth, we should balance", "Forth", "0:5")]
    [InlineData("Forthwith, we", "Forth", "")]
    [InlineData("It contributes Chinas wisdom", "Chinas", "15:6")]
    [InlineData("It contributes chinas wisdom", "Chinas", "")]
    public void AListedWordIsFoundWhereItStandsAsAWholeWordAndCaseAsPrinted(string text, string word, string expected) =>
        Assert.Equal(expected, string.Join(' ', SicWords.In(text, [word]).Select(o => $"{o.Start}:{o.Length}")));

    [Fact]
    public void RunsCutTheTextAtTheListedWordsAndLoseNothing()
    {
        const string text = "Chinas wisdom and Chinas solution";
        var runs = SicWords.Runs(text, ["Chinas"]).ToList();
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(["Chinas", "Chinas"], runs.Where(r => r.Marked).Select(r => r.Text));
    }

    [Fact]
    public void TheRealCommentariesListTheirMisprints()
    {
        var library = ContentLoader.Load(RealContent.Folder).Library!;
        Assert.Equal(["soveignty", "flesh-out"], library.Commentaries.Single(c => c.Id == "chen-xiangyang").Meta.Sic);
        Assert.Equal(["It’s", "Liberthal", "Rather that"], library.Commentaries.Single(c => c.Id == "dong-chunling").Meta.Sic);
        // A listed phrase is marked where it stands, once, after its last word: "Rather that [sic] focusing".
        var p17 = library.Commentaries.Single(c => c.Id == "dong-chunling").Paragraphs[16].Text;
        Assert.Equal(["Liberthal", "Rather that"], SicWords.In(p17, ["Liberthal", "Rather that"]).Select(m => p17.Substring(m.Start, m.Length)));
        Assert.Equal(["Forth"], library.Commentaries.Single(c => c.Id == "lei-kezhong").Meta.Sic);
        Assert.Empty(library.Paper.Meta.Sic);
    }

    [Fact]
    public void AMisprintListedButNowhereInTheTextIsReportedAtItsKey() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("language: en\n", "language: en\nsic:\n  - \"teh\"\n"),
            "paper.md:8: sic 'teh' does not occur in the text as a whole word");

    [Fact]
    public void AnEmptyEntryIsReportedNotThrown() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("language: en\n", "language: en\nsic:\n  -\n"),
            "paper.md:8: sic lists an empty word");

    [Fact]
    public void AMisprintThatIsThereIsAccepted() =>
        ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper.Replace("language: en\n", "language: en\nsic:\n  - \"Third\"\n")));
}
