using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// An item whose editors' heading the query names whole is the paper's place for that subject, and ranks above a
/// passage naming the words inside a proper name (a fresh-eyes review, T1; docs/search.md, the twenty-fourth turn).
/// Against the real content.
/// </summary>
public class EditorsHeadingTests
{
    private static IReadOnlyList<string> Shown(string q) => ResultGroups.Shown(RealContent.Index.Search(new SearchRequest(q))).Select(h => h.Id).ToList();

    /// <summary>
    /// Platform 4 names the "Middle East Security Forum", the three words side by side, and was first; priority 7,
    /// headed "The Middle East", holds them apart and was second.
    /// </summary>
    [Theory]
    [InlineData("middle east security")]
    [InlineData("security in the Middle East")]
    public void TheItemHeadedWithTheSubjectComesBeforeAForumNamedForIt(string query)
    {
        var shown = Shown(query);
        Assert.Equal("paper/priority-7", shown[0]);
        Assert.Contains("paper/platform-4", shown);
    }

    /// <summary>
    /// A heading of several words is not named by one of them, nor one joined by "and" by one side of it: "maritime
    /// security" keeps priority 8, which writes the phrase, before priority 11, "Maritime security and trans-boundary
    /// rivers" (split at "and", "UN" named priority 1's "The UN and peacekeeping" and ranked it apart from "United
    /// Nations"; measured, not adopted), and "UN" keeps commitment 3 first.
    /// </summary>
    [Theory]
    [InlineData("maritime security", "paper/priority-8")]
    [InlineData("UN", "paper/commitment-3")]
    public void OnlyAWholeHeadingIsNamed(string query, string first) => Assert.Equal(first, Shown(query)[0]);

    /// <summary>Each part of a heading of two subjects ("UN Charter; true multilateralism") is a heading of its own; a part not named whole names nothing.</summary>
    [Fact]
    public void AHeadingsPartsAreNamedOneByOne()
    {
        var units = SearchUnits.From(RealContent.Library).ToList();
        var headings = new EditorsHeadings(units);
        Assert.Equal(["paper/commitment-3"], headings.NamedBy(TextAnalysis.Terms("UN Charter"))!.Select(u => units[u].Id));
        Assert.Equal(["paper/commitment-3"], headings.NamedBy(TextAnalysis.Terms("true multilateralism"))!.Select(u => units[u].Id));
        Assert.Null(headings.NamedBy(TextAnalysis.Terms("multilateralism")));
        Assert.Null(headings.NamedBy(TextAnalysis.Terms("middle")));
        Assert.Equal(["paper/priority-7"], headings.NamedBy(TextAnalysis.Terms("middle east security"))!.Select(u => units[u].Id));
    }
}
