using System.Text.Json;
using GsiPortal.Core.Rights;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>One rights and reuse statement: on /about, in the data API, in the downloads, and linked as their licence.</summary>
[Collection(RealSite.Name)]
public class RightsTests(PortalFactory factory)
{
    [Fact]
    public async Task AboutStatesWhoseTheTextsAreAndWhatMayBeReused()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/about");
        var section = Html.MainText(page);
        Assert.Contains("The texts remain the work of their authors and publishers", page.GetElementById("rights-texts")!.TextContent);
        Assert.Contains("may be reused freely with acknowledgement of GsiPortal", page.GetElementById("rights-apparatus")!.TextContent);
        Assert.NotNull(page.GetElementById("reuse"));
        Assert.Contains("rights", section);
    }

    [Theory]
    [InlineData("/api/paper")]
    [InlineData("/api/commentaries/lei-kezhong")]
    public async Task TheDataCarriesTheStatement(string address)
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(address)).RootElement;
        var rights = json.GetProperty("document").GetProperty("rights");
        Assert.Equal(ReuseStatement.Texts, rights.GetProperty("texts").GetString());
        Assert.Equal(ReuseStatement.Apparatus, rights.GetProperty("apparatus").GetString());
        Assert.Equal("/about#reuse", rights.GetProperty("url").GetString());
    }

    [Fact]
    public async Task EveryCommentaryInTheListCarriesIt()
    {
        var list = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/commentaries")).RootElement;
        Assert.All(list.EnumerateArray(), c => Assert.Equal(ReuseStatement.Texts, c.GetProperty("document").GetProperty("rights").GetProperty("texts").GetString()));
    }

    [Theory]
    [InlineData("/download/paper.txt")]
    [InlineData("/download/lei-kezhong.md")]
    [InlineData("/cite/paper/commitments/4?format=ris")]
    public async Task DownloadsLinkTheirLicence(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Contains("<http://localhost/about#reuse>; rel=\"license\"", response.Headers.GetValues("Link"));
    }

    [Fact]
    public async Task ThePlainTextEndsWithTheStatement()
    {
        var text = await factory.CreateClient().GetStringAsync("/download/chen-xiangyang.txt");
        Assert.EndsWith($"\n----\n\n{ReuseStatement.Texts}\n{ReuseStatement.Apparatus}\n", text);
    }
}
