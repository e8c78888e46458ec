using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Commentaries;

/// <summary>What a commentary page says about the paper.</summary>
[Collection(RealSite.Name)]
public class SharedWordingNoteTests(PortalFactory factory)
{
    [Fact]
    public async Task ACommentaryParagraphSaysWhatItSharesWordingWith()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        var note = page.GetElementById("p9")!.NextElementSibling!;
        Assert.Contains("shared-note", note.ClassName);
        Assert.Contains("Shares wording with Commitment 4", note.TextContent);
        Assert.NotEmpty(note.QuerySelectorAll("mark"));
        var (_, lei) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        Assert.Contains("predates the paper", lei.QuerySelector(".shared-note")!.TextContent);
    }
}
