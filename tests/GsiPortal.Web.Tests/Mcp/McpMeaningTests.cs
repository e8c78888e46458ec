using System.Text.Json;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Tests.Pages.Search;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>
/// The MCP search finds by meaning as the search page does: an assistant asking in a reader's own words gets the
/// passages the language model judged near, apart from the hits and said to be so, with their exact words; with the
/// path off it is told so rather than handed an empty list that looks like "nothing near".
/// </summary>
public sealed class McpMeaningTests(FoundByMeaningTests.MeaningSite on) : IClassFixture<FoundByMeaningTests.MeaningSite>
{
    private async Task<McpClient> ConnectWhenReady()
    {
        // The first edition is built in the background: wait for it, then for its passages' vectors (no timer raced).
        using (var lease = await on.Services.GetRequiredService<ContentStore>().LeaseAsync(CancellationToken.None))
            await on.Services.GetRequiredService<PortalMeaning>().Prepare(lease!.Edition);
        return await McpConnection.To(on.CreateClient());
    }

    private static JsonElement Answer(CallToolResult result)
    {
        Assert.True(result.IsError is null or false, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        return JsonDocument.Parse(result.Content.OfType<TextContentBlock>().Single().Text).RootElement;
    }

    [Fact]
    public async Task AQuestionInOwnWordsGetsThePassageFoundByMeaningApartFromTheHits()
    {
        await using var client = await ConnectWhenReady();
        // "Israel" and "peace between" are in no passage; priority 7 is on the Palestinian question.
        var answer = Answer(await client.CallToolAsync("search", new Dictionary<string, object?> { ["query"] = "peace between Israel and Palestine" }));
        Assert.Equal(0, answer.GetProperty("hits").GetArrayLength());
        Assert.Equal("searched", answer.GetProperty("meaning").GetString());
        var first = answer.GetProperty("foundByMeaning")[0];
        Assert.StartsWith("http://localhost/paper/priorities/7", first.GetProperty("url").GetString());
        // The passage's exact words, as every hit gives them, so that an assistant quotes rather than paraphrases.
        Assert.Contains("Palestinian", first.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AKeywordSearchThatFindsEnoughLeavesMeaningAlone()
    {
        await using var client = await ConnectWhenReady();
        var answer = Answer(await client.CallToolAsync("search", new Dictionary<string, object?> { ["query"] = "\"indivisible security\"" }));
        Assert.True(answer.GetProperty("hits").GetArrayLength() > 0);
        Assert.StartsWith("not needed", answer.GetProperty("meaning").GetString());
        Assert.Equal(0, answer.GetProperty("foundByMeaning").GetArrayLength());
    }
}
