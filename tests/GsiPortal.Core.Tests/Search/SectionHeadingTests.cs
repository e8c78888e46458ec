using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A commentary's section heading heads several paragraphs: it finds them, but ranks them no higher than a
/// paragraph's own words would (a fresh-eyes review: "mediation" put commitment 5, which says "mediate", last, below
/// three Khokhar paragraphs that hold the word only in their heading).
/// </summary>
public class SectionHeadingTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void AParagraphThatHoldsTheWordOnlyInItsSectionHeadingRanksBelowOnesThatSayIt()
    {
        var shown = ResultGroups.Shown(Search("mediation")).Select(h => h.Id).ToList();
        // ¶10 says "mediation" under the heading "China's mediation diplomacy"; commitment 5 says "mediate"; ¶11–13
        // stand under the heading and say neither.
        Assert.Equal(["ovais-ali-khokhar/p10", "paper/commitment-5"], shown.Take(2));
        // After them (with priority 5, which the editors' subject index lists under "mediation": the sixteenth turn).
        Assert.Equal(["ovais-ali-khokhar/p11", "ovais-ali-khokhar/p12", "ovais-ali-khokhar/p13"], shown.Skip(2).Where(id => id.StartsWith("ovais-ali-khokhar/", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void TheSectionHeadingStillFindsItsParagraphs()
    {
        // Named by author and heading, the section's paragraphs are the answer, the one that says it first (the order of
        // the others is the editors' subject index's: ¶12 is listed under "mediation" and ranks before ¶11).
        var found = Search("Khokhar mediation diplomacy").Hits.Select(h => h.Id).ToList();
        Assert.Equal("ovais-ali-khokhar/p10", found[0]);
        Assert.Equal(["ovais-ali-khokhar/p10", "ovais-ali-khokhar/p11", "ovais-ali-khokhar/p12", "ovais-ali-khokhar/p13"], found.Order());
    }

    [Fact]
    public void ACommonWordInSectionHeadingsDoesNotLiftTheParagraphsUnderThem() =>
        // Six section headings say "Security" ("Shared Security", "I. What is the Global Security Initiative?", …);
        // weighed as an item's own heading, they lifted paragraphs under them onto the first page of "security".
        // The paper's items, whose own words and headings say it, fill it.
        Assert.All(Search("security").Hits, h => Assert.Equal("paper", h.Document));
}

/// <summary>
/// A phrase of several words in a commentary's title or section heading, fields with no length norms shared by many
/// paragraphs, scored as a rare phrase would: the quoted "Global Security Initiative" ranked eighteen paragraphs that
/// hold it only there above the eighteen whose own words write it (the Concept Paper's Background 31st).
/// </summary>
public class PhraseInHeadingTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void AQuotedPhraseRanksThePassagesThatWriteItAboveThoseWhoseHeadingAloneHoldsIt()
    {
        const string query = "\"Global Security Initiative\"";
        var first = Search(query);
        var shown = Enumerable.Range(1, first.PageCount).SelectMany(page => ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(query, Page: page)))).Select(h => h.Id).ToList();
        Assert.Equal(first.Total, shown.Count);
        var writing = SearchUnits.From(RealContent.Library).Where(u => u.Text.Contains("Global Security Initiative", StringComparison.OrdinalIgnoreCase)).Select(u => u.Id).ToHashSet();
        Assert.True(writing.Count >= 15, $"{writing.Count} units write the phrase");
        var firstHeadingOnly = shown.FindIndex(id => !writing.Contains(id));
        var lastWriting = shown.FindLastIndex(writing.Contains);
        Assert.True(firstHeadingOnly < 0 || firstHeadingOnly > lastWriting, $"a paragraph holding it only in its heading ({shown[Math.Max(firstHeadingOnly, 0)]}) ranks above one writing it: {string.Join(", ", shown)}");
    }

    [Fact]
    public void ANameOnlyTheRecordHoldsStillFindsItsCommentaryFromItsFirstParagraph()
    {
        var found = Search("Lei Kezhong").Hits.Select(h => h.Id).ToList();
        Assert.Equal("lei-kezhong/p1", found[0]);
        Assert.All(found, id => Assert.StartsWith("lei-kezhong/", id));
    }
}
