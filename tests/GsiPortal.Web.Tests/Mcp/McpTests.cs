using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>
/// The Model Context Protocol endpoint, spoken to with the SDK's own client over streamable HTTP: the tools are
/// listed and read-only, and each answers with the exact words and the canonical address.
/// </summary>
[Collection(RealSite.Name)]
public class McpTests(PortalFactory factory)
{
    private Task<McpClient> Connect() => McpConnection.To(factory.CreateClient());

    private static JsonElement Answer(CallToolResult result)
    {
        Assert.True(result.IsError is null or false, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        return JsonDocument.Parse(result.Content.OfType<TextContentBlock>().Single().Text).RootElement;
    }

    private static async Task<CallToolResult> Call(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        await client.CallToolAsync(tool, arguments);

    [Fact]
    public async Task TheToolsAreListedAndReadOnly()
    {
        await using var client = await Connect();
        var tools = await client.ListToolsAsync();
        Assert.Equal(["check_quote", "cite", "commentaries_on_item", "fetch", "search"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, $"{t.Name} is not marked read-only"));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
    }

    [Fact]
    public async Task HowToCiteListsExactlyTheToolsTheServerOffers()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/how-to-cite");
        var documented = page.QuerySelectorAll("#mcp .mcp-tools li > code:first-child").Select(c => c.TextContent).Order(StringComparer.Ordinal);
        await using var client = await Connect();
        Assert.Equal((await client.ListToolsAsync()).Select(t => t.Name).Order(StringComparer.Ordinal), documented);
        Assert.Contains("http://localhost/api/mcp", page.GetElementById("mcp")!.TextContent);
    }

    [Fact]
    public async Task ASearchAnswersWithTheExactWordsAndAddresses()
    {
        await using var client = await Connect();
        var answer = Answer(await Call(client, "search", new() { ["query"] = "\"indivisible security\"" }));
        Assert.True(answer.GetProperty("total").GetInt32() > 0);
        var hits = answer.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("url").GetString() == "http://localhost/paper/commitments/4");
        Assert.All(hits, h => Assert.Contains("indivisible security", h.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
        // The test host runs without the language model: the answer says so rather than list nothing found by meaning.
        Assert.Equal("off", answer.GetProperty("meaning").GetString());
        Assert.Equal(0, answer.GetProperty("foundByMeaning").GetArrayLength());
    }

    [Fact]
    public async Task AQuoteCheckIsAnswered()
    {
        await using var client = await Connect();
        var exact = Answer(await Call(client, "check_quote", new() { ["text"] = "Humanity is an indivisible security community." }));
        Assert.Equal("exact", exact.GetProperty("verdict").GetString());
        var match = exact.GetProperty("matches")[0];
        Assert.Equal("paper", match.GetProperty("document").GetString());
        Assert.StartsWith("http://localhost/paper/commitments/4", match.GetProperty("url").GetString());

        var altered = Answer(await Call(client, "check_quote", new() { ["text"] = "Humanity is an inseparable security community." }));
        Assert.Equal("close", altered.GetProperty("verdict").GetString());

        var tooShort = await Call(client, "check_quote", new() { ["text"] = "Humanity" });
        Assert.True(tooShort.IsError);
    }

    [Theory]
    [InlineData("II.4", "http://localhost/paper/commitments/4")]
    [InlineData("commitment 4", "http://localhost/paper/commitments/4")]
    [InlineData("/paper/commitments/4#s2", "http://localhost/paper/commitments/4#s2")]
    [InlineData("http://localhost/commentaries/lei-kezhong#p5", "http://localhost/commentaries/lei-kezhong#p5")]
    public async Task FetchByReferenceGivesTheWordsAddressAndCitation(string reference, string url)
    {
        await using var client = await Connect();
        var answer = Answer(await Call(client, "fetch", new() { ["reference"] = reference }));
        Assert.Equal(url, answer.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
        // The url is the page a link shares; the citation carries the passage in this edition, as every citation does.
        var edition = answer.GetProperty("edition").GetString()!;
        Assert.Contains(url.Replace("http://localhost/", $"http://localhost/editions/{edition}/", StringComparison.Ordinal), answer.GetProperty("citation").GetString());
        if (reference.EndsWith("#s2", StringComparison.Ordinal)) Assert.Equal("Humanity is an indivisible security community.", answer.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AReferenceThatNamesNothingIsAToolError()
    {
        await using var client = await Connect();
        var result = await Call(client, "fetch", new() { ["reference"] = "II.99" });
        Assert.True(result.IsError);
        Assert.Contains("names no passage", result.Content.OfType<TextContentBlock>().Single().Text);
    }

    [Fact]
    public async Task CommentariesOnAnItemComeWithTheirWords()
    {
        await using var client = await Connect();
        var answer = Answer(await Call(client, "commentaries_on_item", new() { ["item"] = "II.4" }));
        Assert.Equal("http://localhost/paper/commitments/4", answer.GetProperty("url").GetString());
        var passages = answer.GetProperty("passages").EnumerateArray().ToList();
        Assert.NotEmpty(passages);
        Assert.All(passages, p =>
        {
            Assert.StartsWith("http://localhost/commentaries/", p.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task CiteGivesTheSameCitationAsTheCiteEndpoint()
    {
        await using var client = await Connect();
        var answer = Answer(await Call(client, "cite", new() { ["reference"] = "/paper/commitments/4#s2-s3", ["style"] = "bibtex" }));
        var download = await factory.CreateClient().GetStringAsync("/cite/paper/commitments/4?format=bibtex&at=s2-s3");
        Assert.Equal(download, answer.GetProperty("citation").GetString());
        var wrong = await Call(client, "cite", new() { ["reference"] = "II.4", ["style"] = "harvard" });
        Assert.True(wrong.IsError);
    }
}
