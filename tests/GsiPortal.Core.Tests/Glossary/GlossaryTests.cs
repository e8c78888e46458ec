using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Tests.Glossary;

public class GlossaryTests
{
    private static readonly Lazy<KeyTerms> Terms = new(() => new KeyTerms(RealContent.Library));

    [Fact]
    public void TheEditorsGlossaryHoldsTwentyFiveToFortyFiveConceptsAToZEachInItsOwnSentence()
    {
        var entries = RealContent.Library.Glossary;
        Assert.InRange(entries.Count, 25, 45);
        Assert.Equal(entries.Select(e => GlossaryReader.SortKey(e.Term)).Order(StringComparer.Ordinal), entries.Select(e => GlossaryReader.SortKey(e.Term)));
        var addresses = RealContent.Library.Addresses;
        Assert.All(entries, e =>
        {
            var sentence = GlossaryReader.Definition(e, addresses);
            Assert.NotNull(sentence);
            Assert.Contains(e.Term, sentence.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void AGlossaryTermQuotesThePapersSentenceByAddress()
    {
        var term = Terms.Value.Find("indivisible-security")!;
        Assert.Equal("/paper/commitments/4#s7", term.Definition!.Address);
        Assert.StartsWith("We uphold the principle of indivisible security", term.Definition.Text);
        // The glossary file holds the address, not the words.
        Assert.DoesNotContain("We uphold the principle", File.ReadAllText(Path.Combine(RealContent.Folder, GlossaryReader.FileName)));
    }

    [Fact]
    public void AnItemsKeyTermsAreGlossaryTermsOnly()
    {
        var glossary = Terms.Value.Glossary.ToHashSet();
        foreach (var item in RealContent.Library.Paper.Items)
            Assert.All(Terms.Value.In(item), t => Assert.Contains(t, glossary));
        var commitment4 = RealContent.Library.Paper.Items.Single(i => i.Anchor == "commitment-4");
        Assert.Contains(Terms.Value.In(commitment4), t => t.Slug == "indivisible-security");
    }

    [Theory]
    [InlineData("community of shared")]
    [InlineData("security through")]
    public void NoFragmentIsAKeyTerm(string fragment) =>
        Assert.DoesNotContain(Terms.Value.All, t => t.Phrase.Equals(fragment, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void PhraseDiscoveryOnlyProposesWhatTheGlossaryLacks()
    {
        Assert.NotEmpty(Terms.Value.Candidates);
        Assert.DoesNotContain(Terms.Value.Candidates, c => c.Phrase.Equals("indivisible security", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("- **indivisible security** — commitment-4-s99", "names no sentence", 3)]
    [InlineData("- **nuclear war** — commitment-4-s2", "does not stand in commitment-4-s2", 3)]
    [InlineData("- **security** — commitment-4-s2\n- **indivisible security community** — commitment-4-s2", "out of A–Z order", 4)]
    [InlineData("- indivisible security: commitment-4-s7", "a glossary entry is written", 3)]
    [InlineData("- **indivisible security** — commitment-4-s7 · explained in commitment-4-s99", "where 'indivisible security' is said to be explained, names no sentence", 3)]
    [InlineData("- **indivisible security** — commitment-4-s7 · explained somewhere", "a glossary entry is written", 3)]
    public void ABrokenGlossaryIsRefusedWithFileAndLine(string entries, string expected, int line)
    {
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Where(f => Path.GetFileName(f) != GlossaryReader.FileName)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).Append((GlossaryReader.FileName, "# Glossary\n\n" + entries + "\n")).ToList();
        var result = ContentLoader.Load(files);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors, e => e.ToString().Contains(expected));
        Assert.Contains(GlossaryReader.FileName, error.ToString());
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void EveryEntrySaysWhetherTheTextsExplainItAndWhere()
    {
        var terms = Terms.Value.Glossary;
        Assert.All(terms, t => Assert.NotEqual(Explanation.NotJudged, t.Explanation));
        Assert.All(terms.Where(t => t.Explanation == Explanation.Explained), t => Assert.NotNull(t.ExplainedIn));
        // "arms control" only stands in "Support the process of global conventional arms control.": used, not explained.
        Assert.Equal(Explanation.NotExplained, Terms.Value.Find("arms-control")!.Explanation);
        var community = Terms.Value.Find("indivisible-security-community")!;
        Assert.Equal("Security of one country should not come at the expense of that of others.", community.ExplainedIn!.Text);
    }

    [Fact]
    public void AnEntryWithoutTheEditorsWordStillLoadsAsNotJudged()
    {
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Where(f => Path.GetFileName(f) != GlossaryReader.FileName)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).Append((GlossaryReader.FileName, "- **indivisible security** — commitment-4-s7\n")).ToList();
        var library = ContentLoader.Load(files).Library!;
        Assert.Equal(Explanation.NotJudged, Assert.Single(library.Glossary).Explanation);
    }

    [Fact]
    public void TheConcordanceCountsTheVariantWordingsTheEditorsList()
    {
        // Dong ¶4: "the indivisibility of binary compositions of security".
        var term = Terms.Value.Find("indivisible-security")!;
        Assert.Contains(term.Occurrences, o => o.Paragraph.Document.Id == "dong-chunling" && o.Paragraph.Anchor == "p4" && o.Text == "indivisibility of binary compositions of security");
    }
}
