using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>Broken libraries (fixtures under tests/fixtures/content) are refused whole, each problem with file and line.</summary>
public class ValidationTests
{
    private static ContentLoadResult Load(string fixture) => ContentLoader.Load(Path.Combine(RealContent.FindUp("tests/fixtures/content"), fixture));

    [Fact]
    public void TheRealContentIsValid() => Assert.True(ContentLoader.Load(RealContent.Folder).IsValid);

    [Fact]
    public void TheValidFixtureLoads()
    {
        var result = Load("valid");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Library!.Paper.FindPart("commitments")!.Items.Count);
        Assert.Equal("2023-05", result.Library.Commentaries[0].Date.Iso);
    }

    [Fact]
    public void TheSmallPaperIsValidAsItStands() => ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper));

    [Fact]
    public void AMissingItemIsReportedWhereTheNextOneStands() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("2. Second", "4. Second"), "paper.md:18: part II: commitment 2 is missing");

    [Fact]
    public void ARepeatedItemIsReportedAtTheRepeat() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("3. Third", "2. Third"), "paper.md:20: part II: commitment 2 is repeated");

    [Fact]
    public void AnItemCountShortOfTheHeadingIsReportedAtTheHeading() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("3. Third commitment.\n\n", ""), "paper.md:14: part II has 2 commitments; its heading says count=3");

    [Fact]
    public void AMissingDateIsReportedInTheFrontMatter() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("date: 2023-02-21\n", ""), "paper.md:1: front matter lacks 'date'");

    [Fact]
    public void ASentenceCaseTitleMayChangeOnlyTheTitlesCapitals()
    {
        ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper.Replace("language: en\n", "language: en\ntitle_sentence_case: \"A small paper\"\n")));
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("language: en\n", "language: en\ntitle_sentence_case: \"A short paper\"\n"),
            "paper.md:8: title_sentence_case 'A short paper' must be the title with only its capitals changed ('A Small Paper')");
    }

    [Theory]
    [InlineData("missing-front-matter", "commentary.md", 1, "missing front matter")]
    [InlineData("malformed-yaml", "commentary.md", 0, "malformed front matter")]
    [InlineData("duplicate-id", "two.md", 2, "duplicate id 'small-commentary'")]
    [InlineData("missing-item", "paper.md", 18, "commitment 2 is missing")]
    [InlineData("out-of-order", "paper.md", 20, "commitment 2 is out of order")]
    [InlineData("unknown-kind", "commentary.md", 3, "unknown kind 'essay'")]
    public void ABrokenFileIsReportedWithFileAndLine(string fixture, string file, int line, string message)
    {
        var result = Load(fixture);
        Assert.False(result.IsValid);
        Assert.Null(result.Library);
        var error = Assert.Single(result.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(file, error.File);
        if (line > 0) Assert.Equal(line, error.Line);
        else Assert.True(error.Line > 1, $"line {error.Line} should point into the YAML");
    }

    [Fact]
    public void ABadDateIsReportedOnItsOwnLine() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("date: 2023-02-21", "date: 21 February"), "paper.md:6: date '21 February' is not YYYY");

    [Fact]
    public void FrontMatterCutOffBeforeItsClosingLineIsSaidToBeUnclosed() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("language: en\n---\n", "language: en\n"), "paper.md:1: front matter is not closed");

    [Fact]
    public void TwoPartsWithOneSlugAreRefusedAtTheSecondHeading() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("{#background}", "{#commitments}"), "paper.md:14: part II repeats the slug 'commitments' of part I");

    [Fact]
    public void TheRealPaperWithTheDuplicatePartIdTheProbeTriedIsRefused()
    {
        // The probe's edit: the twenty priorities renamed to the commitments' slug vanished from the site, and /ref/III.3 showed commitment 3.
        var paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));
        Assert.Contains("{#priorities", paper);
        var line = paper[..paper.IndexOf("{#priorities", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        ContentAssert.Errors(paper.Replace("{#priorities", "{#commitments"), $"paper.md:{line}: part III repeats the slug 'commitments' of part II");
    }

    [Fact]
    public void TwoPartsNamingTheirItemsAlikeAreRefused() =>
        ContentAssert.Errors(
            ContentAssert.SmallPaper + "\n## III. More {#more item=commitment count=1}\n\n1. Another.\n",
            "paper.md:23: part III calls its items 'commitment' as part II");

    [Fact]
    public void ALibraryWithoutAPaperIsRefused() =>
        Assert.Contains(Load("no-paper").Errors, e => e.Message.Contains("no document of kind 'paper'", StringComparison.Ordinal));

    [Fact]
    public void AMissingFolderIsRefused() => Assert.False(ContentLoader.Load("/nonexistent/folder").IsValid);
}
