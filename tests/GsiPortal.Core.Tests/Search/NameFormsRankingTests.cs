using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// An abbreviation and its long form are one subject: a passage that says "UN" answers "United Nations" as well as
/// one that writes it out, and a heading that names it ranks as a heading does. Against the real content.
/// </summary>
public class NameFormsRankingTests
{
    private static IReadOnlyList<string> Shown(string q) => ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(q))).Select(h => h.Id).ToList();

    /// <summary>
    /// The fresh-eyes review: both listed Lei Kezhong ¶10, Khokhar ¶2, Lei ¶13 and Chen ¶19 first (the commentaries
    /// write "United Nations", the paper "UN"), and priority 1, "The UN and peacekeeping", not in the first ten.
    /// </summary>
    [Theory]
    [InlineData("UN")]
    [InlineData("United Nations")]
    public void ThePapersPassagesOnTheUNComeFirstWhicheverFormIsTyped(string query)
    {
        var shown = Shown(query);
        Assert.StartsWith("paper/", shown[0]);
        Assert.Contains("paper/priority-1", shown.Take(5));
        Assert.Contains("paper/commitment-3", shown.Take(3));
        Assert.Contains("paper/platform-1", shown.Take(3));
    }

    [Fact]
    public void BothFormsRankAlike() => Assert.Equal(Shown("UN").Take(5), Shown("United Nations").Take(5));
}
