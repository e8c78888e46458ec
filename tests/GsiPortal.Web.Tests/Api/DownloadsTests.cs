using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>Each text downloads as the Markdown kept and as plain text.</summary>
[Collection(RealSite.Name)]
public class DownloadsTests(PortalFactory factory)
{
    [Fact]
    public async Task DownloadsAreTheMarkdownAsKeptAndThePlainText()
    {
        var client = factory.CreateClient();
        var markdown = await client.GetStringAsync("/download/paper.md");
        Assert.StartsWith("---\nid: paper", markdown);
        var text = await client.GetStringAsync("/download/lei-kezhong.txt");
        Assert.StartsWith("The Global Security Initiative Bridges Peace Deficit\n\nLei Kezhong, 7 June 2022", text);
        Assert.Contains("I. What is the Global Security Initiative?\n\nThe world today is far from being peaceful", text);
        var (_, page) = await Html.Get(client, "/commentaries/lei-kezhong");
        Assert.NotNull(page.QuerySelector("a[href='/download/lei-kezhong.md']"));
        Assert.NotNull(page.QuerySelector("a[href='/download/lei-kezhong.txt']"));
    }
}
