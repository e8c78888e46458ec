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
    [InlineData("searching")]
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

    [Fact]
    public async Task TheSearchPageLinksTheHelpOnHowSearchReadsAQuery()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=security");
        Assert.NotNull(page.QuerySelector("form[role=search] .hint a[href='/about#searching']"));
    }

    /// <summary>The help's examples do what it says of them (a reader's review found no help; help that is untrue is worse).</summary>
    [Fact]
    public async Task TheSearchHelpsExamplesDoWhatItSays()
    {
        var client = factory.CreateClient();
        async Task<System.Text.Json.JsonElement> Api(string q) =>
            System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement;
        var (_, about) = await Html.Get(client, "/about");
        var help = about.GetElementById("searching")!.NextElementSibling!.NextElementSibling!.TextContent;

        Assert.Contains("UN", help);
        Assert.Contains((await Api("UN")).GetProperty("alsoSearched").EnumerateArray(), a => a.GetProperty("typed").GetString() == "UN" && a.GetProperty("typedFound").GetBoolean()
            && a.GetProperty("forms").EnumerateArray().Any(f => f.GetString() == "United Nations"));
        foreach (var (typed, form) in new[] { ("globalisation", "globalization"), ("combat", "fight") })
        {
            Assert.Contains($"{typed}, {form}", help);
            Assert.Contains((await Api(typed)).GetProperty("alsoSearched").EnumerateArray(), a => a.GetProperty("typed").GetString() == typed && !a.GetProperty("typedFound").GetBoolean()
                && a.GetProperty("forms").EnumerateArray().Any(f => f.GetString() == form));
        }
        Assert.Equal(0, (await Api("Tibet")).GetProperty("total").GetInt32());
        Assert.Equal("paper/commitment-4", (await Api("II.4")).GetProperty("results")[0].GetProperty("id").GetString());
        var offices = (await Api("mediation")).GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "paper/commitment-5");
        Assert.Contains(offices.GetProperty("snippetParts").EnumerateArray(), p => p.GetProperty("marked").GetBoolean() && p.GetProperty("text").GetString() == "good offices");
    }
}
