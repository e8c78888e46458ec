using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>The whole paper on one page.</summary>
[Collection(RealSite.Name)]
public class WholePaperTests(PortalFactory factory)
{
    [Theory]
    [InlineData("background")]
    [InlineData("commitments")]
    [InlineData("commitment-4")]
    [InlineData("priorities")]
    [InlineData("priority-12")]
    [InlineData("platforms")]
    [InlineData("platform-3")]
    [InlineData("background-p1")]
    [InlineData("commitments-p1")]
    [InlineData("priority-4-p3")]
    public async Task TheWholePaperHasEveryAnchor(string anchor)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.NotNull(page.GetElementById(anchor));
    }

    [Fact]
    public async Task TheWholePaperHasAnAnchorForEveryParagraphAndAContentsList()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        var paragraphs = page.QuerySelectorAll("p.para").Select(p => p.Id).ToList();
        Assert.Equal(3 + 6 + 1 + 2 + 20 + 3 + 5 + 1, paragraphs.Count); // priorities 1 and 4 have 2 and 3 paragraphs
        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#commitment-4", toc);
        Assert.Equal(4, page.QuerySelectorAll("section.part").Length);
        Assert.Equal(31, page.QuerySelectorAll("section.item").Length);
    }
}
