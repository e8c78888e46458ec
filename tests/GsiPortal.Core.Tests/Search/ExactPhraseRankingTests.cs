using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The reader's words as they stand in a passage outrank the same words apart, and a name typed as the texts write it
/// outranks the same stems used in general (a fresh-eyes review, on the real texts).
/// </summary>
public class ExactPhraseRankingTests
{
    private static List<string> Ids(string q) => ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(q))).Select(h => h.Id).ToList();

    [Fact]
    public void StopWordsBetweenTheWordsKeepTheirPlacesInThePhrase()
    {
        // "of all" analyse to nothing: the phrase of the other words side by side never matched "concerns of all
        // countries", and priority 10, which holds "legitimate concerns" and "countries" apart, ranked above the Part
        // II passage that writes the reader's words exactly.
        var ids = Ids("legitimate security concerns of all countries");
        Assert.Equal("paper/commitment-4", ids[0]);
        Assert.True(ids.IndexOf("paper/commitments-p1") < ids.IndexOf("paper/priority-10"), string.Join(", ", ids));
    }

    [Fact]
    public void StopWordsBetweenTheWordsAreMarkedInsideThePhrase()
    {
        var hit = RealContent.Index.Search(new SearchRequest("legitimate security concerns of all countries")).Hits.First(h => h.Id == "paper/commitments-p1");
        Assert.Contains("legitimate security concerns of all countries", hit.Snippet.Where(r => r.Marked).Select(r => r.Text));
    }

    [Fact]
    public void ANameTypedAsTheTextsWriteItOutranksItsStemsInGeneral()
    {
        // Lei Kezhong ¶13 says "global development initiatives", in general; ¶1 and ¶8 name the initiative. "Global"
        // also named the editors' term "globalization" (Porter's "global"), under which ¶13 is indexed.
        var ids = Ids("Global Development Initiative");
        Assert.True(ids.IndexOf("lei-kezhong/p13") > ids.IndexOf("lei-kezhong/p1"), string.Join(", ", ids));
        Assert.True(ids.IndexOf("lei-kezhong/p13") > ids.IndexOf("lei-kezhong/p8"), string.Join(", ", ids));
    }

    [Fact]
    public void AWordNamesASubjectTermWrittenAlikeNotOneItsStemOverReaches()
    {
        // "globalization" is indexed as "global": "global" no longer names it (Chen Xiangyang ¶18 was found by it alone).
        Assert.DoesNotContain("chen-xiangyang/p18", Ids("Global Development Initiative"));
        Assert.Contains(Ids("globalization"), id => id == "lei-kezhong/p13");
    }
}
