using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>content/search-terms.yml: read, checked, and honest (every word it maps to occurs in the texts).</summary>
public class SearchTermsTests
{
    [Fact]
    public void TheRealListIsReadWithTheContent()
    {
        var terms = RealContent.Library.SearchTerms;
        Assert.Equal("United Nations", terms.Abbreviations["UN"]);
        Assert.Equal("North Atlantic Treaty Organization", terms.Abbreviations["NATO"]);
        Assert.Contains(terms.Derivations, d => d.Contains("Africa") && d.Contains("African"));
        Assert.Equal(["demining"], terms.Paraphrases["mine clearing"]);
    }

    [Fact]
    public void EveryParaphraseTargetOccursInTheTexts()
    {
        var index = RealContent.Index;
        foreach (var (reader, targets) in RealContent.Library.SearchTerms.Paraphrases)
            foreach (var target in targets)
                Assert.True(index.Search(new SearchRequest($"\"{target}\"")).Total > 0, $"paraphrase '{reader}' → '{target}' is not in the texts");
    }

    [Fact]
    public void AMalformedListIsRefusedWithItsLine()
    {
        var paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));
        var result = ContentLoader.Load([("paper.md", paper)], "content", "abbreviations:\n  UN: United Nations\n  nato: North Atlantic Treaty Organization\nparaphrases:\n  mine clearing: []\n");
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.File == SearchTerms.FileName && e.Line == 3 && e.Message.Contains("'nato'"));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("mine clearing"));
    }

    [Fact]
    public void TheWordsOfGeneralEnglishAreReadAndAPhraseAmongThemIsRefusedWithItsLine()
    {
        Assert.Contains("hit", RealContent.Library.SearchTerms.General);
        Assert.DoesNotContain("food", RealContent.Library.SearchTerms.General); // a noun names a subject
        Assert.Contains("section", RealContent.Library.SearchTerms.Nouns);
        var paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));
        var result = ContentLoader.Load([("paper.md", paper)], "content", "abbreviations:\n  UN: United Nations\ngeneral: [hit, help, two words]\n");
        Assert.Contains(result.Errors, e => e.File == SearchTerms.FileName && e.Line == 3 && e.Message.Contains("'two words'"));
    }

    [Fact]
    public void BrokenYamlIsRefusedNotThrown()
    {
        var paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));
        var result = ContentLoader.Load([("paper.md", paper)], "content", "abbreviations: [unclosed\n");
        Assert.Contains(result.Errors, e => e.File == SearchTerms.FileName);
    }

    [Fact]
    public void TheListChangesTheCacheVersionButMakesNoNewEdition()
    {
        // Search answers change, so cached pages must be refreshed; the texts do not, so no new edition (docs/linking.md, "Editions").
        var paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));
        var a = ContentLoader.Load([("paper.md", paper)], "content", "abbreviations:\n  UN: United Nations\n").Library!;
        var b = ContentLoader.Load([("paper.md", paper)], "content", "abbreviations:\n  UN: United Nations\n  US: United States\n").Library!;
        Assert.NotEqual(a.CacheVersion, b.CacheVersion);
        Assert.Equal(a.Version, b.Version);
    }

    [Fact]
    public void ALowerCaseAbbreviationThatIsAFunctionWordDoesNotExpand()
    {
        var expansions = RealContent.Index.Expansions;
        Assert.NotEmpty(expansions.Of("US", typedInCapitals: true));
        Assert.Empty(expansions.Of("us", typedInCapitals: false));
        Assert.NotEmpty(expansions.Of("nato", typedInCapitals: false));
    }
}
