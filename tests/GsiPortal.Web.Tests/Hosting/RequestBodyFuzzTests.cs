using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Whatever a client sends to an address that takes a body — any method, any Content-Type (none, a bogus charset,
/// a type the address does not read), any body (empty, malformed JSON, a form where JSON is due, binary, deep
/// nesting) — the answer is never a 5xx, and a refusal says why. Property-based (CsCheck): the seed is printed; set
/// <c>GSIPORTAL_BODY_FUZZ_SEED</c> to replay it.
/// </summary>
[Collection(RealSite.Name)]
public class RequestBodyFuzzTests(PortalFactory factory, ITestOutputHelper output)
{
    /// <summary>Every route that accepts a body (a test in <see cref="BodyRoutesAreAllCovered"/> keeps the list whole).</summary>
    public static readonly string[] BodyRoutes = ["/quote-check", "/quote-check/audit", "/api/quote-check", "/api/quote-audit", "/api/references", "/api/mcp"];

    private static readonly string[] Methods = ["POST", "POST", "POST", "PUT", "PATCH", "DELETE", "GET", "BREW"];

    private static readonly string?[] ContentTypes =
    [
        null, "application/json", "application/json; charset=utf-8", "application/json; charset=bogus", "application/json; charset=\"\"",
        "application/json; charset=utf-7", "application/json;;;", "text/plain", "text/plain; charset=bogus", "text/html",
        "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=bogus", "application/x-www-form-urlencoded; charset=utf-16",
        "multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/form-data; boundary=\"\"", "application/xml",
        "application/octet-stream", "*/*", "application/*", "%%%", "application/json; charset=utf-8; charset=latin1", "application/problem+json",
    ];

    private static readonly string[] Bodies =
    [
        "", "{}", "null", "[]", "\"text\"", "42", "{", "{\"text\":", "{\"text\": 5}", "{\"article\": {\"nested\": true}}",
        "{\"text\": \"Humanity is an indivisible security community.\"}", "{\"article\": \"“Humanity is an indivisible security community,” it says.\"}",
        "text=Humanity+is+an+indivisible+security+community.", "article=%ZZ%", "a[b=1&text=x", "text[=1", "[=&]=", "text=%E0%A4%A&article=", "--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc\r\n--xyz--",
        "--xyz\r\nbroken", "\u0000\u0001\u0002", "\uFEFF{}", new string('[', 10_000), new string('{', 5_000), "<xml/>",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"query\":\"peace\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"query\":\"peace\",\"page\":0}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nothing\"}", "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\"}", "[{\"jsonrpc\":\"2.0\"}]",
    ];

    private static readonly Gen<(string Route, string Method, string? ContentType, byte[] Body, bool Sse)> Request =
        Gen.Select(Gen.OneOf(BodyRoutes), Gen.OneOf(Methods), Gen.OneOf(ContentTypes),
            Gen.Frequency((6, Gen.OneOf(Bodies).Select(Encoding.UTF8.GetBytes)), (1, Gen.Byte.Array[0, 300]), (1, Gen.String.Select(Encoding.UTF8.GetBytes))),
            Gen.Bool);

    [Fact]
    public async Task NoMethodContentTypeOrBodyIsAnsweredWithAServerError()
    {
        var seed = Environment.GetEnvironmentVariable("GSIPORTAL_BODY_FUZZ_SEED");
        output.WriteLine(seed is null ? "A new seed each run: CsCheck prints it on failure; GSIPORTAL_BODY_FUZZ_SEED=<seed> replays it." : $"GSIPORTAL_BODY_FUZZ_SEED={seed}");
        await Request.SampleAsync(async r =>
        {
            var (status, body, shown) = await Send(r.Route, r.Method, r.ContentType, r.Body, r.Sse);
            Assert.True(status < 500, $"{shown} answered {status}: {body[..Math.Min(body.Length, 300)]}");
            if (status >= 400) Assert.False(string.IsNullOrWhiteSpace(body), $"{shown} answered {status} without a reason");
        }, writeLine: output.WriteLine, seed: seed, iter: 600, threads: 1);
    }

    /// <summary>Every combination of route, content type and body once, by POST: the matrix the probe ran.</summary>
    [Fact]
    public async Task EveryContentTypeAndBodyIsAnsweredWithoutAServerError()
    {
        var failures = new List<string>();
        foreach (var route in BodyRoutes)
            foreach (var type in ContentTypes)
                foreach (var body in Bodies)
                {
                    var (status, answer, shown) = await Send(route, "POST", type, Encoding.UTF8.GetBytes(body), sse: true);
                    if (status >= 500 || (status >= 400 && string.IsNullOrWhiteSpace(answer))) failures.Add($"{shown}: {status}");
                }
        Assert.True(failures.Count == 0, $"{failures.Count} of {BodyRoutes.Length * ContentTypes.Length * Bodies.Length}:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void BodyRoutesAreAllCovered()
    {
        var sources = Directory.GetFiles(Repository.Path("src/GsiPortal.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).Select(File.ReadAllText).ToList();
        var posts = sources.Sum(s => System.Text.RegularExpressions.Regex.Matches(s, @"\bMap(Post|Put|Patch|Methods)\(|\bOnPost\w*\(|\bMapMcp\(").Count);
        Assert.Equal(BodyRoutes.Length, posts);
    }

    private async Task<(int Status, string Body, string Shown)> Send(string route, string method, string? contentType, byte[] body, bool sse)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        if (method is not ("GET" or "DELETE") || body.Length > 0)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = null;
            if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Content = content;
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (sse) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var text = Encoding.UTF8.GetString(body);
        var shown = $"{method} {route} Content-Type: {contentType ?? "(none)"}, body {text[..Math.Min(text.Length, 60)]}";
        using var response = await factory.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), shown);
    }
}
