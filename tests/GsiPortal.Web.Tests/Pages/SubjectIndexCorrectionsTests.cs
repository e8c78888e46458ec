namespace GsiPortal.Web.Tests.Pages;

/// <summary>
/// The editors' corrections to their subject index: a passage that writes a heading word for word is listed under it
/// (review 23, D9). "bloc confrontation" listed Dong Chunling ¶14, Lei Kezhong ¶7 and Chen Xiangyang ¶8 and ¶16, and not
/// commitment 3, which says "say no to group politics and bloc confrontation" and which /terms cites for the term
/// (commitment 3, sentence 6). Parsed, on the real content.
/// </summary>
[Collection(RealSite.Name)]
public class SubjectIndexCorrectionsTests(PortalFactory factory)
{
    [Fact]
    public async Task BlocConfrontationListsThePaperPassageThatSaysIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/subjects");
        var entry = page.GetElementById("bloc-confrontation")!;
        Assert.StartsWith("bloc confrontation Commitment 3", Html.Folded(entry.TextContent), StringComparison.Ordinal);
        Assert.Contains(entry.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/paper/commitments/3");
        // The term's own sentence, as /terms cites it, says it.
        var (_, commitment) = await Html.Get(factory.CreateClient(), "/paper/commitments/3");
        Assert.Contains("bloc confrontation", commitment.GetElementById("s6")!.TextContent, StringComparison.Ordinal);
    }
}
