namespace GsiPortal.Web.Tests.Pages;

/// <summary>The About page: the edition, its sources, the editorial policy, the editors' labels, the computed layers, reuse.</summary>
[Collection(RealSite.Name)]
public class AboutPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("texts")]
    [InlineData("policy")]
    [InlineData("labels")]
    [InlineData("addresses")]
    [InlineData("computed")]
    [InlineData("reuse")]
    public async Task ItHasEachSection(string id)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/about");
        Assert.Equal("H2", page.GetElementById(id)!.TagName);
    }

    [Fact]
    public async Task ItListsEveryTextWithItsOriginalAddressWhereThereIsOne()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/about");
        var texts = page.GetElementById("texts")!.NextElementSibling!.NextElementSibling!.QuerySelectorAll("li").ToList();
        Assert.Equal(5, texts.Count);
        Assert.Contains(texts, li => li.QuerySelector("a[href='https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html']") is not null);
    }

    [Fact]
    public async Task ItExplainsTheEditorsLabelsInTheirOwnStyle()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/about");
        Assert.NotNull(page.GetElementById("labels")!.NextElementSibling!.QuerySelector(".editors"));
    }
}
