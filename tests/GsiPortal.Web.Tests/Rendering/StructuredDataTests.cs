using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Rendering;

/// <summary>Pages describe themselves to previews and search engines: OpenGraph, Twitter cards, schema.org JSON-LD.</summary>
[Collection(RealSite.Name)]
public class StructuredDataTests(PortalFactory factory)
{
    [Fact]
    public async Task AnItemPageCarriesOpenGraphTwitterAndJsonLd()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        Assert.StartsWith("Commitment 4: Indivisible security; legitimate concerns of all", Meta("meta[property='og:title']"));
        Assert.StartsWith("Stay committed to taking the legitimate security concerns of all countries seriously.", Meta("meta[property='og:description']"));
        Assert.Equal("http://localhost/paper/commitments/4", Meta("meta[property='og:url']"));
        Assert.Equal("GsiPortal", Meta("meta[property='og:site_name']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("CreativeWork", ld.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/paper/commitments", ld.GetProperty("isPartOf").GetProperty("@id").GetString());
        Assert.Equal("http://localhost/paper", ld.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task ThePaperIsACreativeWorkWithItsPartsAndACommentaryAnArticleAboutIt()
    {
        var (_, paper) = await Html.Get(factory.CreateClient(), "/paper");
        var work = JsonDocument.Parse(paper.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(4, work.GetProperty("hasPart").GetArrayLength());
        Assert.Equal(6, work.GetProperty("hasPart")[1].GetProperty("hasPart").GetArrayLength());
        Assert.Equal("2023-02-21", work.GetProperty("datePublished").GetString());

        var (_, commentary) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        var article = JsonDocument.Parse(commentary.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Lei Kezhong", article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2022-06-07", article.GetProperty("datePublished").GetString());
        Assert.Equal("Embassy Update", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("http://localhost/paper", article.GetProperty("about").GetProperty("@id").GetString());
    }
}
