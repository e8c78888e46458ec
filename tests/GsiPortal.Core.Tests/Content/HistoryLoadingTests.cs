using GsiPortal.Core.Content;
using GsiPortal.Core.Tests.Editions;

namespace GsiPortal.Core.Tests.Content;

/// <summary>An archived edition is history: what today's checks only advise against is a warning there, while the current edition still refuses it.</summary>
public sealed class HistoryLoadingTests
{
    // As edition ea49633d1fea had it: its [sic] list names a word its text lacks.
    private static IReadOnlyList<(string Name, string Markdown)> SicWordMissing() =>
        ArchiveFixture.Files("chen-xiangyang.md", "  - \"soveignty\"", "  - \"soveignty\"\n  - \"securty\"");

    [Fact]
    public void TheCurrentEditionRefusesASicWordTheTextLacks()
    {
        var result = ContentLoader.Load(SicWordMissing(), "test", RealContent.Library.SearchTermsText);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("sic 'securty' does not occur") && e.Advisory);
    }

    [Fact]
    public void AnArchivedEditionIsReadWithItAsAWarningAndKeepsEveryText()
    {
        var result = ContentLoader.LoadHistory(SicWordMissing(), "test", RealContent.Library.SearchTermsText);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("chen-xiangyang.md", warning.File);
        Assert.Contains("securty", warning.Message);
        Assert.Equal(RealContent.Library.Documents.Count, result.Library!.Documents.Count);
    }

    [Fact]
    public void ABrokenTextIsRefusedEvenAsHistory()
    {
        var files = ArchiveFixture.Files("chen-xiangyang.md", "kind: commentary", "kind: pamphlet");
        var result = ContentLoader.LoadHistory(files, "test", RealContent.Library.SearchTermsText);
        Assert.Null(result.Library);
        Assert.Contains(result.Errors, e => e.Message.Contains("unknown kind 'pamphlet'"));
    }
}
