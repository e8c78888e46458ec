using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>
/// Nesting no text needs (issue #21): each is refused as a problem with its file and line, quickly, rather than an
/// exception without either (validate ended with 134) or a minute of work (3,000 nested list items took 48–80 s).
/// </summary>
public sealed class DeepNestingTests
{
    private const string Header = """
        ---
        id: deep
        kind: commentary
        title: "Deep"
        author: "A. Author"
        date: 2024-01-01
        language: en
        ---

        A first paragraph.


        """;

    /// <summary>The line the nesting begins on: the header's nine lines and the paragraph's two come first.</summary>
    private const int FirstBodyLine = 12;

    /// <summary>
    /// The work's result, or a failed test when it uses more than the bound of CPU time: quick is a matter of work done,
    /// which the wall clock measures only on a quiet machine (at load 25, 8 s passed for this work).
    /// </summary>
    private static T Within<T>(Func<T> work, TimeSpan bound) => ThreadCpu.Within(work, bound);

    private static ContentError LoadWithin(string body, TimeSpan bound)
    {
        var result = Within(() => ContentLoader.Load([("paper.md", ContentAssert.SmallPaper), ("deep.md", Header + body)]), bound);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    public static TheoryData<string, string, int> Cases => new()
    {
        { "block quotes '>' × 100,000", new string('>', 100_000) + " text\n", 0 },
        { "brackets '[' × 50,000", new string('[', 50_000) + " text\n", 0 },
        { "3,000 nested list items", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- item\n")), 32 },
        { "3,000 nested numbered items", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 3 * i) + "1. item\n")), 21 },
        { "'- ' × 50,000 on one line", string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\n", 0 },
        { "'> ' × 50,000 on one line", string.Concat(Enumerable.Repeat("> ", 50_000)) + "x\n", 0 },
        { "brackets opened over many lines of one paragraph", string.Concat(Enumerable.Repeat("a [b\n", 40)), 32 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DeepNestingIsAProblemWithFileAndLine(string what, string body, int linesIn)
    {
        var problem = LoadWithin(body, TimeSpan.FromSeconds(20));
        Assert.True(problem.File == "deep.md", what);
        Assert.Equal(FirstBodyLine + linesIn, problem.Line);
        Assert.Contains("more than 32", problem.Message);
    }

    [Fact]
    public void NestingTheScanDoesNotCountIsStillAProblemNotAnException()
    {
        // Unclosed emphasis, each run inside the last: Markdig's own limit, reported on the busiest line.
        var problem = LoadWithin("Plain words.\n\n" + string.Concat(Enumerable.Repeat("*a **b ", 20_000)) + "\n", TimeSpan.FromSeconds(20));
        Assert.Equal("deep.md", problem.File);
        Assert.Equal(FirstBodyLine + 2, problem.Line);
        Assert.Contains("nested too deeply", problem.Message);
    }

    [Fact]
    public void BracketsClosedOrEndedByABlankLineAreNotNesting() =>
        ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper),
            ("deep.md", Header + string.Concat(Enumerable.Repeat("a [sic] b [c\n\n", 100))));

    [Fact]
    public void TheRealContentIsWithinTheLimit() => Assert.Null(Core.Markdown.MarkdownNesting.FirstTooDeep(File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"))));

    [Fact]
    public void AParagraphOfTitlesAtTheSizeLimitIsSplitInLinearTime()
    {
        // "Mr. A Mr. A …": every title is a candidate boundary that is not one. Cutting the candidate out at each
        // cost its whole length, so 2 MB took hours; the bound is generous, as the machine may be loaded.
        var paragraph = string.Concat(Enumerable.Repeat("Mr. A ", (int)(ContentLimits.DefaultMaxFileBytes / 6))) + "Done. Then more.";
        var split = Within(() => SentenceSplitter.Split(paragraph), TimeSpan.FromSeconds(20));
        Assert.Equal(2, split.Count);
        Assert.EndsWith("Mr. A Done.", split[0]);
    }
}
