namespace GsiPortal.Web.Tests.Pages.SideBySide;

/// <summary>
/// Commitment 5's side-by-side page, as a fresh reader found it: "Words both use" listed other commitments' wording
/// (Lei ¶4 and Chen ¶16 each list all six), and Chen ¶10 stood twice in its column.
/// </summary>
[Collection(RealSite.Name)]
public class SideBySideSharedWithItemTests(PortalFactory factory)
{
    private const string Address = "/paper/commitments/5/commentaries";

    [Fact]
    public async Task TheWordsBothUseAreCommitment5s()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), Address);
        var listed = page.QuerySelector(".pair-shared")!.QuerySelectorAll("q").Select(q => q.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("unilateral sanctions and long-arm jurisdiction", listed);
        Assert.DoesNotContain(listed, q => q.Contains("legitimate security concerns", StringComparison.Ordinal) || q.Contains("cold war", StringComparison.Ordinal)
            || q.Contains("territorial integrity", StringComparison.Ordinal) || q.Contains("sustainable security", StringComparison.Ordinal));
        Assert.Contains("Words of Commitment 5 both use", page.QuerySelector(".pair-shared")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachParagraphStandsOnceInItsColumn()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), Address);
        foreach (var side in page.QuerySelectorAll(".pair-columns .pair-side"))
        {
            var paragraphs = side.QuerySelectorAll("figcaption > a:first-child").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
        }
        var chen = page.QuerySelectorAll(".pair-columns .pair-side").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == "Chen Xiangyang");
        var tenth = chen.QuerySelectorAll("figure").Single(f => f.QuerySelector("figcaption > a")!.GetAttribute("href") == "/commentaries/chen-xiangyang#p10");
        Assert.Contains("in 2 passages", tenth.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("long-arm jurisdiction", tenth.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
    }
}
