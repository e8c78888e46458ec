using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Linking;

public class DataApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
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

    [Fact]
    public async Task TheQuoteCheckApiAnswersExactCloseAndRefusals()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> Post(string json) => await client.PostAsync("/api/quote-check", new StringContent(json, Encoding.UTF8, "application/json"));
        var exact = JsonDocument.Parse(await (await Post("{\"text\": \"Humanity is an indivisible security community.\"}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("exact", exact.GetProperty("verdict").GetString());
        Assert.Contains(exact.GetProperty("matches").EnumerateArray(), m => m.GetProperty("url").GetString() == "/paper/commitments/4");
        var close = JsonDocument.Parse(await (await Post("{\"text\": \"Humanity is an indivisible peace community.\"}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("close", close.GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"text\": \"" + new string('a', 4000) + "\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("not json")).StatusCode);
    }

    [Fact]
    public async Task TheQuoteCheckPageWorksWithoutScript()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/quote-check", new FormUrlEncodedContent([new("text", "Humanity is an indivisible peace community.")]));
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("closest", page.QuerySelector("#verdict")!.TextContent);
        Assert.Equal("peace", page.QuerySelector(".diff del")!.TextContent);
        var (empty, emptyPage) = await Html.Get(client, "/quote-check?text=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector(".problem"));
    }

    [Fact]
    public async Task TheOpenApiDescriptionListsTheApiAndEveryListedReadAnswers()
    {
        var client = factory.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/search", "/api/suggest", "/api/paper", "/api/paper/{part}/{number}", "/api/commentaries", "/api/commentaries/{id}", "/api/quote-check", "/oembed" })
            Assert.Contains(expected, paths);
        var examples = new Dictionary<string, string> { ["{part}"] = "commitments", ["{number}"] = "4", ["{id}"] = "lei-kezhong", ["{reference}"] = "II.4", ["{**path}"] = "paper/commitments/4", ["{file}"] = "paper.md", ["{slug}"] = "indivisible-security" };
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name))
        {
            var address = examples.Aggregate(path, (a, e) => a.Replace(e.Key, e.Value)).Replace("{path}", "paper/commitments/4");
            if (address.StartsWith("/oembed")) address += "?format=json&url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4";
            if (address == "/api/search" || address == "/api/suggest") address += "?q=peace";
            var response = await factory.CreateNonRedirectingClient().GetAsync(address);
            Assert.True((int)response.StatusCode is 200 or 308, $"{path} (as {address}) answered {response.StatusCode}");
        }
    }
}
