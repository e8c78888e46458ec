using GsiPortal.Core.Content;
using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Quotes;

/// <summary>content/antonyms.yml: read and checked with the content, part of its version, and used by the quote check.</summary>
public class AntonymsTests
{
    private static string Paper => File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));

    private static ContentLoadResult Load(string antonyms) => ContentLoader.Load([("paper.md", Paper)], "content", null, antonyms);

    [Fact]
    public void TheRealListIsReadWithTheContent()
    {
        var antonyms = RealContent.Library.Antonyms;
        Assert.True(antonyms.Count > 100, $"{antonyms.Count} pairs");
        Assert.True(antonyms.AreOpposite("support", "oppose"));
        Assert.True(antonyms.AreOpposite("accepted", "rejects"));
        Assert.True(antonyms.AreOpposite("won", "lost"));
        Assert.False(antonyms.AreOpposite("support", "uphold"));
    }

    [Fact]
    public void AMalformedListIsRefusedWithItsLine()
    {
        var result = Load("antonyms:\n  - [oppose, support]\n  - [oppose]\n  - [Accept, reject]\n  - [support, oppose]\nforms:\n  won: nothing\n");
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.File == Antonyms.FileName && e.Line == 3 && e.Message.Contains("two different words"));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("'Accept'"));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("listed twice"));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("'won'"));
    }

    [Fact]
    public void BrokenYamlIsRefusedNotThrown() =>
        Assert.Contains(Load("antonyms: [unclosed\n").Errors, e => e.File == Antonyms.FileName);

    [Fact]
    public void TheListChangesTheCacheVersionSoThatCachedChecksAreRedone() =>
        // The cache version, not the edition: the antonyms tune the check, not the texts (docs/linking.md, "Editions").
        Assert.NotEqual(Load("antonyms:\n  - [oppose, support]\n").Library!.CacheVersion, Load("antonyms:\n  - [oppose, support]\n  - [accept, reject]\n").Library!.CacheVersion);

    [Fact]
    public void TheCheckFlagsAWordReplacedByItsOppositeOnlyWhenTheListHasThePair()
    {
        const string reversed = "Support linking terrorism with any particular country, ethnic group or religion.";
        var with = new QuoteChecker(Load("antonyms:\n  - [oppose, support]\n").Library!).Check(reversed).Matches[0];
        var change = Assert.Single(with.MeaningChanges);
        Assert.Equal(MeaningChangeKind.Antonym, change.Kind);
        Assert.Equal(("Support", "Oppose"), (change.Quoted, change.Source));
        Assert.Contains("“Oppose”", change.Description);
        Assert.Empty(new QuoteChecker(Load("antonyms:\n  - [accept, reject]\n").Library!).Check(reversed).Matches[0].MeaningChanges);
    }

    [Fact]
    public void WatchedLikeTheSearchTerms() => Assert.True(ContentFiles.IsWatched(Antonyms.FileName));
}
