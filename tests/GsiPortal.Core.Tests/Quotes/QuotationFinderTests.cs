using System.Text.RegularExpressions;
using CsCheck;
using GsiPortal.Core.Quotes;
using Xunit.Abstractions;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>
/// The quotation finder reads an article once (issue #21): the same quotations as the backtracking patterns it
/// replaced, on any paragraph, and stopped by its cancellation. Random tests print their seed on failure; set
/// <c>CsCheck_Seed</c> to replay one.
/// </summary>
public class QuotationFinderTests(ITestOutputHelper output)
{
    /// <summary>The pattern the scanner replaced, kept as the oracle for what a pair of quotation marks encloses.</summary>
    private static readonly Regex Backtracking = new(@"“(?<q>[^“”]+)”|""(?<q>[^""]+)""|«(?<q>[^«»]+)»|(?<![\p{L}\p{N}])‘(?<q>.+?)’(?![\p{L}\p{N}])");

    private static readonly Gen<string> Paragraph = Gen.OneOf("“", "”", "\"", "«", "»", "‘", "’", "a", "1", " ", "’s", "China’s", "\n", "x y", "é", "安全")
        .Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void TheScannerEnclosesWhatTheBacktrackingPatternDid() =>
        Paragraph.Sample(text =>
            Assert.Equal(Backtracking.Matches(text).Select(m => m.Groups["q"].Value), QuotationMarks.Enclosed(text)),
            iter: 20_000, writeLine: output.WriteLine);

    [Theory]
    [InlineData("He said “indivisible security” and «common security».", new[] { "indivisible security", "common security" })]
    [InlineData("‘a ‘b ‘c’ d", new[] { "a ‘b ‘c" })]
    [InlineData("China’s ‘security’s’ rule’ ends", new[] { "security’s" })]
    [InlineData("\"\"x\"", new[] { "x" })]
    [InlineData("“open “and” closed", new[] { "and" })]
    public void PairsOfMarksEncloseTheirPassages(string text, string[] expected) =>
        Assert.Equal(expected, QuotationMarks.Enclosed(text));

    [Fact]
    public void ACancelledAuditStopsWithoutFinishing()
    {
        var audit = new QuoteAudit(new QuoteChecker(RealContent.Library));
        var article = string.Concat(Enumerable.Repeat("“Humanity is an indivisible security community, and security of one country should not come at the expense of that of others.” ", 100));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => audit.Audit(article, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new QuoteChecker(RealContent.Library).Check("Humanity is an indivisible security community.", cancelled.Token));
    }
}
