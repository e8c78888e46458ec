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

    [Fact]
    public async Task TheContentsListEveryItemByItsHeadingNotByANumberAlone()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        var entries = page.QuerySelectorAll("nav.toc ol.headings a").ToList();
        Assert.Equal(31, entries.Count);
        Assert.All(entries, a => Assert.Matches("[A-Za-z]{3,}", a.QuerySelector(".editors")?.TextContent ?? a.TextContent.Split(':').Last()));
        Assert.Contains(entries, a => a.GetAttribute("href") == "#priority-8" && a.TextContent.Contains("Africa"));
        Assert.Contains(entries, a => a.GetAttribute("href") == "#commitment-1" && a.QuerySelector(".editors")?.TextContent == "Common, comprehensive, cooperative and sustainable security");
    }

    [Theory]
    [InlineData("commitments", "How the six commitments fit together", "These six commitments are interlinked")]
    [InlineData("platforms", "Open to all parties", "The GSI, following the principle of openness")]
    public async Task AClosingPassageHasTheEditorsHeadingOfItsOwn(string part, string heading, string opening)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        var section = page.GetElementById(part)!;
        var closing = section.QuerySelector(".closing-heading")!;
        Assert.Equal(heading, closing.QuerySelector(".editors")!.TextContent);
        Assert.StartsWith(opening, closing.NextElementSibling!.TextContent.TrimStart('¶'));
        Assert.Null(closing.Closest("section.item"));
    }

    [Fact]
    public async Task SentenceIdsAreQualifiedByTheirItem()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.StartsWith("Humanity is an indivisible security community.", page.GetElementById("commitment-4-s2")!.TextContent);
        Assert.Null(page.GetElementById("s2"));
    }
}
