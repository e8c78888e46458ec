using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The texts as data, with ETags, and 404 problem+json for what does not exist.</summary>
[Collection(RealSite.Name)]
public class DataApiTests(PortalFactory factory)
{
    private async Task<JsonElement> Json(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.Public);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task ThePaperAsDataHasItsPartsItemsParagraphsAndSentences()
    {
        var paper = await Json("/api/paper");
        Assert.Equal("paper", paper.GetProperty("document").GetProperty("id").GetString());
        var parts = paper.GetProperty("parts");
        Assert.Equal(["background", "commitments", "priorities", "platforms"], parts.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var commitment4 = parts[1].GetProperty("items")[3];
        Assert.Equal("paper/commitment-4", commitment4.GetProperty("id").GetString());
        Assert.Equal("/paper/commitments/4", commitment4.GetProperty("url").GetString());
        var sentence = commitment4.GetProperty("paragraphs")[0].GetProperty("sentences")[1];
        Assert.Equal("/paper/commitments/4#s2", sentence.GetProperty("url").GetString());
        Assert.Equal("Humanity is an indivisible security community.", sentence.GetProperty("text").GetString());
    }

    [Fact]
    public async Task OneItemAndTheCommentariesAsData()
    {
        Assert.Equal("II.4", (await Json("/api/paper/commitments/4")).GetProperty("reference").GetString());
        Assert.Equal(4, (await Json("/api/commentaries")).GetArrayLength());
        var lei = await Json("/api/commentaries/lei-kezhong");
        Assert.True(lei.GetProperty("predatesPaper").GetBoolean());
        Assert.Equal("/commentaries/lei-kezhong#p1", lei.GetProperty("paragraphs")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/paper/commitments/7")]
    [InlineData("/api/paper/chapters")]
    [InlineData("/api/commentaries/nobody")]
    [InlineData("/download/nobody.md")]
    [InlineData("/download/paper.pdf")]
    public async Task WhatDoesNotExistIs404ProblemJson(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
