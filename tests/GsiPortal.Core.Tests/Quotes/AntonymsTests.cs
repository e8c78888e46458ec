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
        // The paper's own verbs of commitment, added by hand (issue 23).
        Assert.True(antonyms.AreOpposite("abandon", "uphold"));
        Assert.True(antonyms.AreOpposite("violating", "respecting"));
        Assert.NotNull(antonyms.Reversal(["ignored"], ["taken", "seriously"]));
        Assert.NotNull(antonyms.Reversal(["disregard"], ["take", "into", "account"]));
        Assert.NotNull(antonyms.Reversal(["violating"], ["abiding", "by"]));
    }

    [Fact]
    public void EveryPairAddedByHandSaysInItsCommentWhereThePaperUsesIt()
    {
        var lines = File.ReadAllLines(Path.Combine(RealContent.Folder, Antonyms.FileName));
        var byHand = lines.SkipWhile(l => !l.Contains("Added by hand from the paper's verbs of commitment", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  - [", StringComparison.Ordinal)).ToList();
        Assert.True(byHand.Count >= 40, $"{byHand.Count} pairs added by hand");
        Assert.All(byHand, l => Assert.Matches(@"\]\s+# (I|II|III|IV)[.,\s]", l));
    }

    [Fact]
    public void ASideMayBeAPhraseAndEachOfItsWordsIsUnderstoodInItsForms()
    {
        var library = Load("antonyms:\n  - [ignore, take into account]\n  - [ignore, take seriously]\nforms:\n  taken: take\n").Library!;
        var checker = new QuoteChecker(library);
        var phrase = Assert.Single(checker.Check("Any country, while pursuing its own security, should ignore the reasonable security concerns of others.").Matches[0].MeaningChanges);
        Assert.Equal((MeaningChangeKind.Antonym, "ignore", "take into account"), (phrase.Kind, phrase.Quoted, phrase.Source));
        var inflected = Assert.Single(checker.Check("The legitimate and reasonable security concerns of all countries should be ignored and addressed properly, not persistently ignored or systemically challenged.").Matches[0].MeaningChanges);
        Assert.Equal(("ignored", "taken seriously"), (inflected.Quoted, inflected.Source));
        Assert.Equal("Meaning reversed: the text says “taken seriously”, the quotation puts its opposite, “ignored”, in its place.", inflected.Description);
    }

    [Fact]
    public void APhraseIsWordsSeparatedByOneSpace() =>
        Assert.Contains(Load("antonyms:\n  - [ignore, take  into account]\n").Errors, e => e.Line == 2 && e.Message.Contains("'take  into account'"));

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
    public void TheListIsPartOfTheEditionSoThatAPinnedRecheckUsesTheListItWasCheckedWith()
    {
        // Issue 23: a verdict names its edition, and re-checked there it must flag what it flagged (docs/linking.md, "Editions").
        var (one, two) = (Load("antonyms:\n  - [oppose, support]\n").Library!, Load("antonyms:\n  - [oppose, support]\n  - [accept, reject]\n").Library!);
        Assert.NotEqual(one.Version, two.Version);
        Assert.NotEqual(one.CacheVersion, two.CacheVersion);
        // The texts alone make the id they had before the rule, kept as an alias.
        Assert.Equal(ContentVersion.OfTextsAlone(one.Sources), ContentVersion.OfTextsAlone(two.Sources));
        Assert.NotEqual(ContentVersion.OfTextsAlone(one.Sources), one.Version);
    }

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
