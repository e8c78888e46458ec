using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// WordNet as the meaning path's second source of coverage (docs/search.md, the thirteenth turn): a word the model's
/// nearest passage lacks is also covered when WordNet puts a word the passage holds near it, within two steps of its
/// first two senses (wordnet-near.tsv). Against the real content, with the real model.
/// </summary>
public class WordNetCoverageTests
{
    [Theory]
    // Commitment 2 holds "affairs" and "countries"; WordNet puts its "interference" near "meddling" ("meddle").
    [InlineData("stopping countries from meddling in each other's affairs", "paper/commitment-2")]
    // Priority 18 holds "trade"; the model covers "farm" ("agricultural"), and WordNet puts its "smooth" near "flowing",
    // which the model does not.
    [InlineData("making sure farm trade keeps flowing", "paper/priority-18")]
    // Priority 19 holds "drugs"; "crime" is near "illegal".
    [InlineData("illegal drugs", "paper/priority-19")]
    public void APassageHoldingWordsWordNetPutsNearTheOnesItLacksIsShownByMeaning(string query, string passage)
    {
        var keywords = RealMeaning.Keywords(query);
        Assert.Equal(0, keywords.Total);
        Assert.NotEqual(passage, keywords.NearestByWords);
        var found = RealMeaning.WithMeaning(query);
        Assert.Equal([passage], found.ByMeaning.Select(h => h.Id));
        Assert.Empty(found.Hits);
    }

    [Fact]
    public void AWordIsCoveredByWordNetOnlyByAWordThePassageHolds()
    {
        var index = RealMeaning.Index;
        var unit = (string id) => index.Units.Select(u => u.Id).ToList().IndexOf(id);
        Assert.True(index.Words.WordNetCovers(unit("paper/commitment-2"), "meddling"));
        Assert.True(index.Words.WordNetCovers(unit("paper/priority-18"), "flowing"));
        Assert.True(index.Words.WordNetCovers(unit("paper/priority-19"), "illegal"));
        // Priority 16 holds no word WordNet puts near "tourism" (its near words are "agriculture", "construction", …).
        Assert.False(index.Words.WordNetCovers(unit("paper/priority-16"), "tourism"));
        // The model alone does not cover "meddling" in commitment 2: WordNet adds to it.
        Assert.False(index.Words.Covers(unit("paper/commitment-2"), MeaningModel.Shared.Word("meddling")!));
        Assert.False(index.Words.Covers(unit("paper/priority-18"), MeaningModel.Shared.Word("flowing")!));
        // A word WordNet does not know, and a name, are covered by nothing.
        Assert.False(index.Words.WordNetCovers(unit("paper/priority-18"), "qwzx"));
    }

    [Fact]
    public void TheTableKnowsAnyWordAndOnlyTheTextsWords()
    {
        var table = WordNetNear.Table;
        Assert.InRange(table.Count, 40_000, 60_000);
        // Near words are checked against what a passage holds, part by part: "agriculture" for "farm".
        string[] agriculture = ["agriculture"];
        Assert.True(table.AnyNear("farm", agriculture.Contains));
        // By a base form, as the keyword search finds WordNet's relatives ("farms" → "farm").
        Assert.True(table.AnyNear("farms", agriculture.Contains));
        Assert.False(table.AnyNear("farm", _ => false));
    }

    [Fact]
    public void EveryNearWordIsAWordOfTheTexts()
    {
        // The table is generated from the five texts' files, front matter and all (bench/search/wordnet-near.py, which
        // reads the words as MeaningWords does): a word they no longer write means it is out of date, to be generated
        // again. (A word only of the front matter, "ambassador" in a byline, is never held by a unit: a dead entry.)
        var words = Directory.GetFiles(Repository.Path("content"), "*.md").Select(File.ReadAllText)
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^kind: (paper|commentary)$", System.Text.RegularExpressions.RegexOptions.Multiline))
            .SelectMany(MeaningWords.WordsIn).ToHashSet(StringComparer.Ordinal);
        var missing = WordNetNear.Table.NearWords.SelectMany(w => w).Where(w => !words.Contains(w)).Distinct().Order().ToList();
        Assert.True(missing.Count == 0, "not in the texts (run bench/search/wordnet-near.py again): " + string.Join(", ", missing.Take(20)));
    }
}
