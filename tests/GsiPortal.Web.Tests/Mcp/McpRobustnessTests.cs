using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>
/// /api/mcp answers what it cannot read as JSON-RPC says (−32700 for a body that is not JSON), refuses a body without
/// its content type with a 4xx, and logs like the rest of the site: successful calls only in the summary, a tool
/// refusing the caller's input as an answer, not an Error with a stack trace.
/// </summary>
public sealed class McpRobustnessTests : IDisposable
{
    /// <summary>Every log event the host writes, at the production level (Information).</summary>
    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    private readonly CapturingSink sink = new();
    private readonly PortalFactory factory;
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host;

    public McpRobustnessTests()
    {
        // No call is "slow" here: at load 40 one can take a second, and the request log's line for it (a Warning about
        // /api/mcp) is the site's, not the library's, which these tests are about.
        factory = new PortalFactory { Settings = { ["Serilog:MinimumLevel:Default"] = "Information", ["Portal:SlowRequestMilliseconds"] = int.MaxValue.ToString() } };
        host = factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
    }

    public void Dispose()
    {
        host.Dispose();
        factory.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> Post(string body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mcp") { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await host.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Call(string tool, string arguments) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{{\"name\":\"{tool}\",\"arguments\":{arguments}}}}}";

    /// <summary>The JSON-RPC message in an answer, sent as JSON or as one server-sent event.</summary>
    private static JsonElement Message(string body)
    {
        var data = body.TrimStart().StartsWith('{') ? body : string.Concat(body.Split('\n').Where(l => l.StartsWith("data:")).Select(l => l[5..]));
        return JsonDocument.Parse(data).RootElement;
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ")]
    [InlineData("not json at all")]
    public async Task ABodyThatIsNotJsonIsAParseError(string body)
    {
        var (status, answer) = await Post(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Message(answer).GetProperty("error");
        Assert.Equal(-32700, error.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json; charset=bogus")]
    [InlineData("text/plain")]
    public async Task ABodyWithoutAJsonContentTypeIsRefusedWithAReason(string? contentType)
    {
        var (status, answer) = await Post(Call("search", "{\"query\":\"peace\"}"), contentType);
        Assert.True((int)status is >= 400 and < 500, $"{contentType ?? "no content type"}: {(int)status}");
        Assert.Contains("application/json", answer);
    }

    [Fact]
    public async Task SuccessfulCallsWriteNoLogLineOfTheirOwn()
    {
        await Warm();
        for (var i = 0; i < 5; i++)
        {
            var (status, answer) = await Post(Call("search", "{\"query\":\"indivisible security\"}"));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.False(Message(answer).GetProperty("result").TryGetProperty("isError", out var isError) && isError.GetBoolean());
        }
        var written = sink.Events.Where(e => e.Level >= LogEventLevel.Information && AboutMcp(e)).Select(Describe).ToList();
        Assert.True(written.Count == 0, "logged:\n" + string.Join("\n", written));
    }

    [Fact]
    public async Task AToolRefusingTheCallersInputIsAnAnswerNotAnErrorLog()
    {
        await Warm();
        var (status, answer) = await Post(Call("search", "{\"query\":\"peace\",\"page\":0}"));
        Assert.Equal(HttpStatusCode.OK, status);
        var result = Message(answer).GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        Assert.Contains("page must be a whole number from 1", result.GetProperty("content")[0].GetProperty("text").GetString());
        var errors = sink.Events.Where(e => e.Level >= LogEventLevel.Warning && AboutMcp(e)).Select(Describe).ToList();
        Assert.True(errors.Count == 0, "logged:\n" + string.Join("\n", errors));
    }

    /// <summary>The first call of a new host pays for the JIT and may be logged as slow, as any first request is: made and forgotten.</summary>
    private async Task Warm()
    {
        await Post(Call("search", "{\"query\":\"peace\"}"));
        sink.Events.Clear();
    }

    /// <summary>Written by the MCP library, or a request line about /api/mcp (the host's own start-up and health lines are not).</summary>
    private static bool AboutMcp(LogEvent e) =>
        (e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Trim('"').StartsWith("ModelContextProtocol", StringComparison.Ordinal))
        || (e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("/api/mcp", StringComparison.Ordinal));

    private static string Describe(LogEvent e) =>
        $"{e.Level} {(e.Properties.TryGetValue("SourceContext", out var s) ? s : "")}: {e.RenderMessage()} {e.Exception?.GetType().Name}";
}
