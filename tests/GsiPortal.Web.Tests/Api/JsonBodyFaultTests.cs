using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A JSON body the API cannot take is refused with what is wrong and where (review 18, D12): every fault was answered
/// "Failed to read parameter "QuoteCheckApi.QuoteCheckRequest? request" from the request body as JSON", a .NET type
/// name, whatever the fault; a field given twice silently took its last value; and /api/mcp answered a message of the
/// wrong shape with the serializer's message naming <c>ModelContextProtocol.Protocol.JsonRpcMessage</c>.
/// </summary>
[Collection(RealSite.Name)]
public class JsonBodyFaultTests(PortalFactory factory)
{
    private async Task<JsonElement> Refusal(string address, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var problem = await Problem.Read(await factory.CreateClient().PostAsync(address, content), HttpStatusCode.BadRequest);
        NamesNothingOfDotNet(problem.GetRawText());
        return problem;
    }

    private static void NamesNothingOfDotNet(string answer)
    {
        foreach (var inner in new[] { "GsiPortal", "QuoteCheckRequest", "System.", "ModelContextProtocol", "JsonRpcMessage", "Path: $", "LineNumber:", "reader options" })
            Assert.DoesNotContain(inner, answer);
    }

    [Theory]
    [InlineData("/api/quote-check", "{\"text\": 42}", "text", "a number")]
    [InlineData("/api/quote-check", "{\"text\": [\"a\"]}", "text", "an array")]
    [InlineData("/api/quote-check", "{\"text\": true}", "text", "true or false")]
    [InlineData("/api/quote-audit", "{\"article\": {\"text\": \"a\"}}", "article", "an object")]
    [InlineData("/api/references", "{\"text\": 4}", "text", "a number")]
    public async Task AFieldOfTheWrongTypeIsNamedWithWhatItMustBe(string address, string body, string field, string found)
    {
        var problem = await Refusal(address, body);
        Assert.Equal($"\"{field}\" is not a string", problem.GetProperty("title").GetString());
        Assert.Equal($"The field \"{field}\" must be a string, as in {{\"{field}\": \"…\"}}; it is {found}.", problem.Detail());
    }

    [Theory]
    [InlineData("{\"text\": \"a\",}", "line 1, byte 14", "trailing comma")]
    [InlineData("{\n  \"text\": \"Humanity is one\",\n}", "line 3, byte 1", "trailing comma")]
    [InlineData("{\"text\": \"a\"", "line 1, byte 13", "")]
    [InlineData("{\"text\" \"a\"}", "line 1, byte 9", "")]
    public async Task MalformedJsonSaysWhere(string body, string where, string what)
    {
        var problem = await Refusal("/api/quote-check", body);
        Assert.Equal("Not JSON", problem.GetProperty("title").GetString());
        Assert.StartsWith($"The body is not valid JSON at {where}: ", problem.Detail());
        Assert.Contains(what, problem.Detail());
    }

    [Fact]
    public async Task ALoneSurrogateIsNotValidUnicode()
    {
        var problem = await Refusal("/api/quote-check", "{\"text\": \"Humanity \\ud800 is one\"}");
        Assert.Equal("Not valid Unicode", problem.GetProperty("title").GetString());
        Assert.StartsWith("The text of the field \"text\" is not valid Unicode: it holds half of a surrogate pair", problem.Detail());
    }

    [Fact]
    public async Task BytesThatAreNotUtf8AreNotValidUnicode()
    {
        var content = new ByteArrayContent([.. "{\"text\": \"a "u8, 0xFF, .. " b c\"}"u8]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var problem = await Problem.Read(await factory.CreateClient().PostAsync("/api/quote-check", content), HttpStatusCode.BadRequest);
        Assert.Contains("bytes that are not UTF-8", problem.Detail());
    }

    [Theory]
    [InlineData("/api/quote-check")]
    [InlineData("/api/quote-audit")]
    public async Task ThousandsOfLevelsOfNestingAreTooDeep(string address)
    {
        var problem = await Refusal(address, new string('[', 5000) + new string(']', 5000));
        Assert.Equal("Nested too deep", problem.GetProperty("title").GetString());
        Assert.StartsWith("The body nests objects or arrays more than 64 levels deep (line 1, byte 65)", problem.Detail());
        // Inside the field too: the depth is said before the field's type.
        Assert.Equal("Nested too deep", (await Refusal(address, "{\"text\":" + new string('[', 5000) + new string(']', 5000) + "}")).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/quote-check", "{\"text\": \"Humanity is an indivisible security community\", \"text\": \"something else\"}", "The field \"text\" is given twice: give it once.")]
    [InlineData("/api/quote-check", "{\"Text\": \"Humanity is an indivisible security community\", \"text\": \"x y z\"}", "The field \"Text\" is given twice, the second time as \"text\"")]
    [InlineData("/api/quote-audit", "{\"article\": \"x\", \"article\": \"y\"}", "The field \"article\" is given twice: give it once.")]
    public async Task AFieldGivenTwiceIsRefusedRatherThanTheLastValueWinning(string address, string body, string reason)
    {
        var problem = await Refusal(address, body);
        Assert.Equal("A field given twice", problem.GetProperty("title").GetString());
        Assert.StartsWith(reason, problem.Detail());
    }

    [Fact]
    public async Task ABodyThatIsNotAnObjectSaysSo()
    {
        var problem = await Refusal("/api/quote-check", "\"Humanity is an indivisible security community\"");
        Assert.Equal("The body must be a JSON object such as {\"text\": \"…\"}; it is a string.", problem.Detail());
    }

    [Fact]
    public async Task AWellFormedBodyIsStillChecked()
    {
        // Unknown fields are ignored, as before; only the fault is new.
        var response = await factory.CreateClient().PostAsync("/api/quote-check",
            new StringContent("{\"text\": \"Humanity is an indivisible security community\", \"note\": [1, {\"a\": 2}]}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("exact", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("verdict").GetString());
    }

    private async Task<JsonElement> McpError(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mcp") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        NamesNothingOfDotNet(answer);
        var message = JsonDocument.Parse(answer).RootElement;
        Assert.Equal("2.0", message.GetProperty("jsonrpc").GetString());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("id").ValueKind);
        return message.GetProperty("error");
    }

    [Theory]
    [InlineData("{\"foo\": 1}", "Invalid Request: The message has no \"jsonrpc\": \"2.0\".")]
    [InlineData("{\"jsonrpc\": \"1.0\", \"id\": 1, \"method\": \"tools/list\"}", "Invalid Request: \"jsonrpc\" must be the string \"2.0\"; it is \"1.0\".")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1}", "Invalid Request: The message has no \"method\"")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": null, \"method\": \"tools/list\"}", "Invalid Request: A request's \"id\" must not be null")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": [1], \"method\": \"tools/list\"}", "Invalid Request: \"id\" must be a string or a number; it is an array.")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": 5}", "Invalid Request: \"method\" must be a string")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": 5}", "Invalid Request: \"error\" must be an object")]
    [InlineData("[{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}]", "Invalid Request: The body is an array (a JSON-RPC batch)")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\", \"id\": 2}", "Invalid Request: The field \"id\" is given twice")]
    public async Task AnMcpMessageOfTheWrongShapeIsAnInvalidRequestInWords(string body, string message)
    {
        var error = await McpError(body);
        Assert.Equal(-32600, error.GetProperty("code").GetInt32());
        Assert.StartsWith(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnMcpBodyThatIsNotJsonIsAParseErrorSayingWhere()
    {
        var error = await McpError("{\"jsonrpc\": \"2.0\",}");
        Assert.Equal(-32700, error.GetProperty("code").GetInt32());
        Assert.StartsWith("Parse error: The body is not valid JSON at line 1, byte 19: ", error.GetProperty("message").GetString());
    }
}
