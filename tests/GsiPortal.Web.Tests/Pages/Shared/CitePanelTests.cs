using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Shared;

/// <summary>The Cite panel of item and commentary pages.</summary>
[Collection(RealSite.Name)]
public class CitePanelTests(PortalFactory factory)
{
    [Fact]
    public async Task TheCitePanelOffersEveryFormatWithTheCanonicalAddress()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var panel = page.QuerySelector("section.cite")!;
        Assert.Equal("http://localhost/paper/commitments/4", panel.QuerySelector("a.canonical")!.GetAttribute("href"));
        foreach (var key in new[] { "chicago", "apa", "mla", "bibtex", "ris", "csl-json" })
        {
            Assert.False(string.IsNullOrWhiteSpace(panel.QuerySelector($"#cite-{key}")!.TextContent));
            Assert.NotNull(panel.QuerySelector($"button.copy[data-copy='cite-{key}']"));
            Assert.NotNull(panel.QuerySelector($"a[href='/cite/paper/commitments/4?format={key}']"));
        }
        Assert.Contains("pt. II, commitment 4", panel.QuerySelector("#cite-chicago")!.TextContent);
        Assert.Contains("“Humanity is an indivisible security community.”", panel.QuerySelector("#cite-s2-text")!.TextContent);
        Assert.Equal("#s2", panel.QuerySelector("#cite-s2 a")!.GetAttribute("href"));
        var (_, commentary) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        Assert.Contains("[2023]", commentary.QuerySelector("section.cite #cite-chicago")!.TextContent);
    }
}
