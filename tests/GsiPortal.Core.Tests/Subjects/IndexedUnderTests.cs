using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Subjects;

/// <summary>
/// The editors' subject terms in search: a query that names a term whole finds the units indexed under it, and each
/// such result says so (<see cref="ResultNote.IndexedUnder"/>); a term is never marked in a snippet, one word of a
/// term of several finds nothing by it, and a term counts for no relaxed result. Against the real content and its
/// real subject index, and a small index of the test's own where the real one's terms would make the test its editors'.
/// </summary>
public class IndexedUnderTests
{
    private static SearchResponse Search(PortalIndex index, string q) => index.Search(new SearchRequest(q));

    private static readonly Lazy<PortalIndex> Fixture = new(() =>
    {
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        // The real search terms: relaxation weighs "military" and "drills" as words of general English.
        var library = ContentLoader.Load(files, "content", File.ReadAllText(Path.Combine(RealContent.Folder, "search-terms.yml")), null, null,
            "paper/priority-17: [smallpox, freedom from disease]\nlei-kezhong/p12: [smallpox]\npaper/priority-3: [Taiwan Strait]\n").Library!;
        return PortalIndex.Build(library, quotations: false);
    });

    [Fact]
    public void ATermTheTextsNeverWriteFindsItsUnitAndTheResultSaysSo()
    {
        // No text says "blue helmets"; the editors index priority 1 (the UN and peacekeeping) under it.
        var hits = Search(RealContent.Index, "blue helmets").Hits;
        var priority1 = Assert.Single(hits, h => h.Id == "paper/priority-1");
        Assert.Equal(["blue helmets"], priority1.Note.IndexedUnder);
        // Never shown as the text's words: nothing in the snippet holds them, marked or not.
        Assert.DoesNotContain(priority1.Snippet, r => r.Marked);
        Assert.DoesNotContain("helmet", string.Concat(priority1.Snippet.Select(r => r.Text)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithoutTheIndexTheSameQueryFindsNothing()
    {
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        using var index = PortalIndex.Build(ContentLoader.Load(files).Library!, quotations: false);
        Assert.Equal(0, Search(index, "blue helmets").Total);
        Assert.Equal(0, Search(index, "smallpox").Total);
    }

    [Fact]
    public void EveryUnitIndexedUnderTheTermIsFoundAndNoOther()
    {
        var response = Search(Fixture.Value, "smallpox");
        Assert.Equal(["lei-kezhong/p12", "paper/priority-17"], response.Hits.Select(h => h.Id).Order());
        Assert.All(response.Hits, h => Assert.Equal(["smallpox"], h.Note.IndexedUnder));
        Assert.All(response.Hits, h => Assert.DoesNotContain(h.Snippet, r => r.Marked));
    }

    [Fact]
    public void OneWordOfATermOfSeveralFindsNothingByIt()
    {
        // "freedom" is one word of "freedom from disease": priority 17 is not indexed under "freedom".
        Assert.DoesNotContain(Search(Fixture.Value, "freedom").Hits, h => h.Id == "paper/priority-17");
        var named = Search(Fixture.Value, "freedom from disease").Hits;
        Assert.Equal(["freedom from disease"], Assert.Single(named, h => h.Id == "paper/priority-17").Note.IndexedUnder);
    }

    [Fact]
    public void ATermFindsNoRelaxedResult()
    {
        // Relaxed, "military" and "drills" may go while "Taiwan" and "Strait" remain; "Strait" is in no text, so only the
        // term would hold it, and a unit the term alone lets through is no answer to what was asked.
        var response = Search(Fixture.Value, "Taiwan Strait military drills");
        Assert.DoesNotContain(response.Hits, h => h.Id == "paper/priority-3");
        // Named whole with nothing else asked, the term finds its unit.
        Assert.Contains(Search(Fixture.Value, "Taiwan Strait").Hits, h => h.Id == "paper/priority-3" && h.Note.IndexedUnder.SequenceEqual(["Taiwan Strait"]));
    }

    [Fact]
    public void AUnitRankedByATermItsTextAlsoHoldsSaysSoToo()
    {
        // Priority 3's text says "nuclear war"; the editors index it under "nuclear war" as well.
        var hit = Search(RealContent.Index, "nuclear war").Hits.First(h => h.Id == "paper/priority-3");
        Assert.Contains("nuclear war", hit.Note.IndexedUnder);
        Assert.Contains(hit.Snippet, r => r.Marked);
    }
}
