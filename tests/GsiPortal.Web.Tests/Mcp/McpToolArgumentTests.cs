using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>
/// A tools/call whose arguments its tool cannot take is answered JSON-RPC −32602 Invalid params, to the call's own id,
/// with the argument and what it must be — not "An error occurred invoking 'search'." nor −32603 "An error occurred."
/// (review 19, D7) — and never with a .NET type name.
/// </summary>
public sealed class McpToolArgumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<JsonElement> Post(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mcp") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        var data = answer.TrimStart().StartsWith('{') ? answer : string.Concat(answer.Split('\n').Where(l => l.StartsWith("data:")).Select(l => l[5..]));
        return JsonDocument.Parse(data).RootElement.Clone();
    }

    private static string Call(string tool, string arguments) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{{\"name\":\"{tool}\",\"arguments\":{arguments}}}}}";

    [Theory]
    [InlineData("search", "{\"query\":42}", "query must be a string; it is a number, 42.")]
    [InlineData("search", "{\"query\":[\"indivisible\"]}", "query must be a string; it is an array.")]
    [InlineData("search", "{\"query\":\"peace\",\"page\":\"2\"}", "page must be a whole number (at most 2147483647); it is a string.")]
    [InlineData("search", "{\"query\":\"peace\",\"page\":1.5}", "page must be a whole number (at most 2147483647); it is a number, 1.5.")]
    [InlineData("search", "{\"query\":\"peace\",\"page\":10000000000}", "page must be a whole number (at most 2147483647); it is a number, 10000000000.")]
    [InlineData("search", "{\"query\":\"peace\",\"kind\":7}", "kind must be a string or null; it is a number, 7.")]
    [InlineData("search", "{}", "query is required (a string).")]
    [InlineData("search", "{\"query\":null}", "query is required (a string).")]
    [InlineData("check_quote", "{}", "text is required (a string).")]
    [InlineData("check_quote", "{\"text\":true}", "text must be a string; it is true or false.")]
    [InlineData("fetch", "{\"reference\":{\"id\":\"II.4\"}}", "reference must be a string; it is an object.")]
    [InlineData("cite", "{\"reference\":\"II.4\",\"style\":null}", "style must be a string; it is null.")]
    [InlineData("search", "[\"x\"]", "arguments must be an object of named values, such as {\"query\": \"indivisible security\"}; it is an array.")]
    [InlineData("search", "\"indivisible security\"", "arguments must be an object of named values, such as {\"query\": \"indivisible security\"}; it is a string.")]
    public async Task ArgumentsTheToolCannotTakeAreInvalidParamsWithTheReason(string tool, string arguments, string reason)
    {
        var answer = await Post(Call(tool, arguments));
        Assert.Equal(7, answer.GetProperty("id").GetInt32());
        var error = answer.GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Equal($"Invalid params: {reason}", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("[1]", "params must be an object naming the tool and its arguments")]
    [InlineData("{\"arguments\":{\"query\":\"peace\"}}", "params.name must be the tool's name, a string")]
    [InlineData("{\"name\":3}", "params.name must be the tool's name, a string")]
    public async Task ParamsThatNameNoToolAreInvalidParams(string parameters, string reason)
    {
        var answer = await Post($"{{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/call\",\"params\":{parameters}}}");
        Assert.Equal("a", answer.GetProperty("id").GetString());
        var error = answer.GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.StartsWith($"Invalid params: {reason}", error.GetProperty("message").GetString());
        Assert.DoesNotContain("ModelContextProtocol", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("search", "{\"query\":\"indivisible security\",\"kind\":null,\"page\":1}")]
    [InlineData("search", "{\"query\":\"indivisible security\",\"unasked\":[1,2]}")]
    [InlineData("cite", "{\"reference\":\"II.4\"}")]
    [InlineData("check_quote", "{\"text\":\"security of one country should not come at the expense of that of others\"}")]
    public async Task ArgumentsTheSchemaAllowsReachTheTool(string tool, string arguments)
    {
        var result = (await Post(Call(tool, arguments))).GetProperty("result");
        Assert.False(result.TryGetProperty("isError", out var isError) && isError.GetBoolean(), result.ToString());
    }

    [Fact]
    public async Task AToolsOwnRefusalStaysItsAnswer()
    {
        // What the schema cannot say (a page from 1) the tool says, as a tool result the assistant reads.
        var result = (await Post(Call("search", "{\"query\":\"peace\",\"page\":0}"))).GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        Assert.Contains("page must be a whole number from 1", result.GetProperty("content")[0].GetProperty("text").GetString());
    }
}
