using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.CrossReferences;

public class StockAndNamesTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    [Fact]
    public void TheStockRunsAreThoseTheirDocumentsAndParagraphsCountedAsSetsGive()
    {
        // The rule written plainly, as the map kept it before it counted by the last paragraph and document seen: a run
        // of four words is stock in three documents and eight paragraphs, unless an item's title holds it.
        static IEnumerable<string> Runs(List<Word> words) =>
            Enumerable.Range(0, Math.Max(0, words.Count - StockFormulae.Length + 1)).Select(i => string.Join(' ', words.Skip(i).Take(StockFormulae.Length).Select(w => w.Key)));
        var library = RealContent.Library;
        var places = library.Paragraphs.SelectMany(p => Runs(Words.Of(p.Text)).Select(run => (run, p))).GroupBy(x => x.run, StringComparer.Ordinal);
        var titles = library.Paper.Items.SelectMany(i => Runs(Words.Of(i.Title))).ToHashSet(StringComparer.Ordinal);
        var stock = places.Where(g => g.Select(x => x.p.Document).Distinct().Count() >= StockFormulae.MinDocuments
            && g.Select(x => x.p).Distinct().Count() >= StockFormulae.MinPlaces && !titles.Contains(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(stock);
        foreach (var paragraph in library.Paragraphs)
        {
            var words = Words.Of(paragraph.Text);
            var covered = new bool[words.Count];
            for (var i = 0; i + StockFormulae.Length <= words.Count; i++)
                if (stock.Contains(string.Join(' ', words.Skip(i).Take(StockFormulae.Length).Select(w => w.Key))))
                    for (var k = i; k < i + StockFormulae.Length; k++) covered[k] = true;
            Assert.Equal(covered.Count(c => c), Real.Value.Stock.Covered(words));
        }
    }

    [Fact]
    public void TheSloganIsAStockFormulaAndLinksNoParagraphToPriorityNineteen()
    {
        var map = Real.Value;
        Assert.Contains(map.Stock.Phrases, p => p.Contains("shared future for mankind"));
        // Chen ¶19 says "community with a shared future for mankind" three times and nothing of drugs or crime.
        var chen19 = RealContent.Library.FindCommentary("chen-xiangyang")!.FindParagraph("p19")!;
        Assert.Contains("a community with a shared future for mankind", chen19.Text);
        Assert.DoesNotContain(map.ItemsTakenUpBy(chen19), i => i.Anchor == "priority-19");
        Assert.DoesNotContain(map.Shared, s => Words.Of(s.CommentaryText).Count - map.Stock.Covered(Words.Of(s.CommentaryText)) < SharedWordingFinder.MinSharedWords);
    }

    [Fact]
    public void AnItemsTitleIsNeverStockHoweverOftenItIsRepeated()
    {
        var c1 = RealContent.Library.Paper.Items.First();
        Assert.Equal(0, Real.Value.Stock.Covered(Words.Of(c1.Title)));
        var lei4 = RealContent.Library.FindCommentary("lei-kezhong")!.FindParagraph("p4")!;
        Assert.Contains(Real.Value.SharedBy(lei4), s => s.Paper.Key == "commitment-1");
    }

    [Fact]
    public void NearMatchesAreEightWordsOrMore()
    {
        Assert.Contains(Real.Value.Shared, s => !s.Exact);
        Assert.All(Real.Value.Shared.Where(s => !s.Exact), s => Assert.True(s.SharedWords >= SharedWordingFinder.MinNearWords, s.CommentaryText));
    }

    [Theory]
    [InlineData("Ukraine", "priority-5")]
    [InlineData("Cold War", "commitment-3")]
    [InlineData("Middle East", "priority-7")]
    public void ANameOfOneItemBelongsToIt(string name, string item) =>
        Assert.Contains(new ItemNames(RealContent.Library.Paper).All, n => n.Name == name && n.Item.Anchor == item);

    [Theory]
    [InlineData("UN Security Council")] // "the Security Council" stands in other items too
    [InlineData("Pacific")] // "Pacific island countries" is priority 10's, but "the Pacific Ocean" is not that name
    public void ANameSharedOrOrdinaryIsNotOneItems(string name)
    {
        var names = new ItemNames(RealContent.Library.Paper);
        if (name == "Pacific") Assert.Empty(names.In("The Pacific Ocean will prove to be vast enough."));
        else Assert.DoesNotContain(names.All, n => n.Name == name);
    }
}

public class GlossarySignalTests
{
    private static readonly Lazy<GlossarySignals> Signals = new(() => new GlossarySignals(RealContent.Library));

    [Theory]
    [InlineData("It has cast the shadow of a new cold war and even nuclear war over the world.", "priority-3", "nuclear war")]
    [InlineData("Both sides should build on their obligations as great powers.", "priority-2", "great powers")]
    [InlineData("productive counterterrorism cooperation", "priority-12", "counterterrorism")]
    [InlineData("on food security and climate change", "priority-18", "food security")]
    [InlineData("the indivisibility of binary compositions of security", "commitment-4", "indivisibility of binary compositions of security")]
    [InlineData("covering international organizations, major power relations, regional security", "priority-2", "major power relations")] // Chen ¶5
    [InlineData("which would lead to a new great power conflict and push humanity to the abyss", "priority-2", "great power conflict")] // Dong ¶15
    public void AKeyTermPointsToTheItemItsSentenceStandsInByTheTextsOwnWords(string text, string item, string words) =>
        Assert.Contains(Signals.Value.In(text), s => s.Item.Anchor == item && s.Term == words);

    /// <summary>Pages print the words in quotation marks after a commentary's paragraph, so they must be words it holds.</summary>
    [Fact]
    public void EveryMentionsWordsAreTheCommentarysOwn()
    {
        var discussions = new CrossReferenceMap(RealContent.Library).Discussions.Where(d => d.Name is not null).ToList();
        Assert.NotEmpty(discussions);
        Assert.All(discussions, d => Assert.Contains(d.Name!, d.Commentary.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Lasting peace and universal security are the important connotation.")] // the priorities' introduction says it too
    [InlineData("seeks mutual benefit and win-win cooperation")] // the Background says it
    [InlineData("the Global Security Initiative proposed by President Xi Jinping")] // defined outside the numbered items
    public void TheFramingVocabularyPointsNowhere(string text) => Assert.Empty(Signals.Value.In(text));

    /// <summary>
    /// Priority 2 is on relations among major countries; one country's standing ("as a responsible major country",
    /// "great power diplomacy") is not its subject. The singular names it only where it qualifies those relations.
    /// </summary>
    [Theory]
    [InlineData("As a responsible major country, China has made active contributions to upholding global peace and security.")] // Lei ¶9
    [InlineData("It demonstrates China's conceptual leadership and responsibility as a major country for regional and international security in the new era.")] // Chen ¶14
    [InlineData("demonstrating a new atmosphere of great power diplomacy that integrates development and security")] // Chen ¶4
    public void OneCountrysStandingIsNoMentionOfMajorCountries(string text) =>
        Assert.DoesNotContain(Signals.Value.In(text), s => s.Item.Anchor == "priority-2");
}

/// <summary>The four links to priority 2 a fresh-eyes reviewer found do not hold, and the judged list agrees.</summary>
public class PriorityTwoLinkTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));

    [Theory]
    [InlineData("chen-xiangyang", "p4")]  // "great power diplomacy": China's own
    [InlineData("chen-xiangyang", "p14")] // "responsibility as a major country": China's own
    [InlineData("lei-kezhong", "p9")]     // "As a responsible major country, China …"
    [InlineData("dong-chunling", "p5")]   // "“you win or I win” competition" is not win-win cooperation
    public void TheParagraphIsNotLinkedToPriorityTwo(string commentary, string paragraph)
    {
        var p = RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;
        Assert.DoesNotContain(Real.Value.ItemsTakenUpBy(p), i => i.Anchor == "priority-2");
    }

    [Theory]
    [InlineData("chen-xiangyang", "p5")]  // "major power relations", in its list of the paper's priorities
    [InlineData("dong-chunling", "p15")]  // "a new great power conflict", of China and the US
    [InlineData("dong-chunling", "p7")]   // "the two major countries"
    public void RelationsAmongMajorCountriesStillLinkToPriorityTwo(string commentary, string paragraph)
    {
        var p = RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;
        Assert.Contains(Real.Value.ItemsTakenUpBy(p), i => i.Anchor == "priority-2");
    }

    [Fact]
    public void AWordDoubledWithAHyphenIsOneWord()
    {
        Assert.Equal("winwin cooperation", Similarity.Normalise("win-win cooperation"));
        Assert.Equal("“you win or I win” competition", Similarity.Normalise("“you win or I win” competition"));
    }
}
