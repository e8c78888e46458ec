using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The paper's own passage comes before a commentary result that matched the query by quoting it (the lead's review:
/// "China will not interfere in other countries affairs" put Chen Xiangyang ¶7 and Lei Kezhong ¶4, which quote
/// commitment 2 and say "China" besides, above commitment 2).
/// </summary>
public class QuotedSourcesTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void ThePaperIsShownBeforeTheCommentariesThatMatchedByQuotingIt()
    {
        var answer = Search("China will not interfere in other countries affairs");
        var sections = ResultGroups.Of(answer, null);
        // Chen ¶7 and Lei ¶4 hold every word ("China" outside their quotations); commitment 2 lacks "China", a word
        // found in a quarter of the units that relaxation does not require, and says the rest itself.
        Assert.Equal(["paper/commitment-2", "chen-xiangyang/p7", "lei-kezhong/p4"], sections[0].Hits().Select(h => h.Id));
        Assert.False(sections[0].Relaxed);
        Assert.Equal(["paper/priority-5"], sections[1].Hits().Select(h => h.Id));
        // The count still says two hold every word; the passage moved up says which result quotes it.
        Assert.Equal(2, answer.Relaxed!.Strict);
        Assert.Equal(1, answer.Relaxed.Sources);
        Assert.Equal(["chen-xiangyang/p7"], answer.Hits[0].QuotedBy.Select(h => h.Id));
    }

    [Theory]
    [InlineData("sanctions cooperation", "paper/commitment-5", "chen-xiangyang/p10")]
    [InlineData("hegemonism security", "paper/commitment-3", "chen-xiangyang/p8")]
    public void AmongResultsThatHoldEveryWordTheQuotedPassageComesFirst(string query, string paper, string quoting)
    {
        var shown = ResultGroups.Shown(Search(query)).Select(h => h.Id).ToList();
        Assert.Equal([paper, quoting], shown.Take(2));
    }

    [Fact]
    public void ResultsThatMatchNoQuotationKeepTheirOrder()
    {
        // Lei ¶5's "indivisible security community" is his own sentence, not the paper's; commitment 4 leads anyway.
        var shown = ResultGroups.Shown(Search("indivisible security")).Select(h => h.Id).ToList();
        Assert.Equal(["paper/commitment-4", "lei-kezhong/p5"], shown.Take(2));
        Assert.All(Search("indivisible security").Hits, h => Assert.Empty(h.QuotedBy));
    }

    private static SearchHit Hit(string id, string kind) =>
        new(id, kind, id, id.Split('/')[0], "/" + id, id, [], 1f, new Locator(id.Split('/')[0]));

    [Fact]
    public void ACommentaryFoundByAWordOfItsOwnKeepsItsPlace()
    {
        var quotations = QuotedSourcesFixture();
        var commentary = Hit("lei-kezhong/p4", UnitKinds.Commentary);
        var paper = Hit("paper/commitment-2", "commitment");
        // The commentary quotes the paper's "interfere" (characters 10–40 of its text); "lei" it holds in its record
        // alone, and "lei" is no common word: the reader asked for the commentary.
        var (hits, moved) = quotations.SourcesFirst([commentary, paper], 2,
            h => h == commentary ? new HashSet<string> { "interfer", "lei" } : new HashSet<string> { "interfer" },
            (_, _) => [(12, 20)], _ => false);
        Assert.Equal([commentary, paper], hits);
        Assert.Equal(0, moved);
        // Without the word of its own, the quotation is all it matched by: the paper comes first.
        (hits, moved) = quotations.SourcesFirst([commentary, paper], 1,
            _ => new HashSet<string> { "interfer" }, (_, _) => [(12, 20)], _ => false);
        Assert.Equal(["paper/commitment-2", "lei-kezhong/p4"], hits.Select(h => h.Id));
        Assert.Equal(1, moved);
        // A word it holds outside the quotation is its own too.
        (hits, _) = quotations.SourcesFirst([commentary, paper], 2,
            _ => new HashSet<string> { "interfer" }, (_, _) => [(50, 58)], _ => false);
        Assert.Equal([commentary, paper], hits);
    }

    private static QuotedSources QuotedSourcesFixture()
    {
        var commentary = RealContent.Library.Commentaries.Single(c => c.Id == "lei-kezhong").Paragraphs.Single(p => p.Anchor == "p4");
        var item = RealContent.Library.Paper.Parts.SelectMany(p => p.Items).Single(i => i.Anchor == "commitment-2");
        var unit = new GsiPortal.Core.CrossReferences.PaperUnit(item.Paragraphs[0]);
        return QuotedSources.Of([new GsiPortal.Core.CrossReferences.SharedPassage(commentary, unit, item.Paragraphs[0], 10, 40, 0, 30, 6, true, [])]);
    }

    [Fact]
    public void AnEditionsIndexKnowsTheQuotationsItsCrossReferencesFound()
    {
        var edition = Edition.Build(RealContent.Library);
        Assert.True(edition.Search.Quotations.Count > 0);
        Assert.Equal("paper/commitment-2", edition.Search.Search(new SearchRequest("China will not interfere in other countries affairs")).Hits[0].Id);
        edition.Release();
    }
}

internal static class ResultSectionExtensions
{
    public static IEnumerable<SearchHit> Hits(this ResultSection section) => section.Groups.SelectMany(g => g.Hits);
}
