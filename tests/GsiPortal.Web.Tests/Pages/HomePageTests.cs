using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>The home page.</summary>
[Collection(RealSite.Name)]
public class HomePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheHomePageListsPartsCommitmentsCommentariesAndASearchBox()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/");
        Assert.Equal(4, page.QuerySelectorAll("ol.parts li").Length);
        Assert.Equal(6, page.QuerySelectorAll("ol.items li").Length);
        Assert.Equal(4, page.QuerySelectorAll("ul.commentary-list li").Length);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
    }
}
