using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// The OpenAPI description against the app itself: every endpoint the app maps is described (pages aside, the embed
/// pages included), and every described operation, sent with its own examples, answers as the description says.
/// </summary>
[Collection(RealSite.Name)]
public partial class OpenApiTests(PortalFactory factory)
{
    /// <summary>Razor pages made to be read by programs rather than people, which the description must hold.</summary>
    private static readonly string[] PagesForPrograms = ["/embed/{path}"];

    private async Task<JsonElement> Description() =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch" or "head")
            .Select(o => (o.Name.ToUpperInvariant(), p.Name, o.Value)));

    /// <summary>The app's own endpoints, as method and route template in OpenAPI's spelling ({number:int} → {number}, {**path} → {path}).</summary>
    private List<(string Method, string Path, bool IsPage)> Endpoints()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var found = new List<(string, string, bool)>();
        foreach (var endpoint in endpoints)
        {
            // Static files (css, js, fonts) are files, not operations; so is the static files' development fallback.
            if (endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata")) continue;
            var isPage = endpoint.Metadata.OfType<PageActionDescriptor>().Any();
            // MapMcp maps its group's root ("/api/mcp/"); MapOpenApi a template for every document name.
            var path = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.Trim('/'), m => "{" + m.Groups[1].Value + "}")
                .Replace("{documentName}", GsiPortal.Web.Api.OpenApi.ApiDescription.DocumentName, StringComparison.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS"))) found.Add((method, path, isPage));
        }
        return found;
    }

    [Fact]
    public async Task AnApiDescriptionThatDoesNotExistIsAProblem404NamingTheOneThereIs()
    {
        // It answered a line of plain text ("No OpenAPI document with the name 'v2' was found."), unlike every other API address.
        var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v2.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("There is no API description named “v2”. The API has one, /openapi/v1.json (its info.version is the edition it reads), also as a page: /api-reference.",
            problem.GetProperty("detail").GetString());

        // A browser too: the description is a program's document, JSON to whoever opens it, and so is its 404.
        using var asked = new HttpRequestMessage(HttpMethod.Get, "/openapi/v2.json");
        asked.Headers.Accept.ParseAdd("text/html");
        var opened = await client.SendAsync(asked);
        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal("application/problem+json", opened.Content.Headers.ContentType!.MediaType);

        // The one there is answers as before.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task EveryEndpointTheAppMapsIsDescribedUnlessItIsAPageForReaders()
    {
        _ = factory.CreateClient();
        var described = Operations(await Description()).Select(o => (o.Method, o.Path)).ToHashSet();
        var endpoints = Endpoints();
        Assert.Contains(endpoints, e => e.Path == "/api/paper/{part}/{number}");
        Assert.Contains(endpoints, e => e is { Method: "POST", Path: "/api/mcp" });
        var missing = endpoints.Where(e => !e.IsPage || PagesForPrograms.Contains(e.Path)).Select(e => (e.Method, e.Path)).Distinct()
            .Where(e => !described.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "Mapped but not in /openapi/v1.json: " + string.Join(", ", missing.Select(m => $"{m.Method} {m.Path}")));
    }

    [Fact]
    public async Task NothingIsDescribedThatTheAppDoesNotMap()
    {
        _ = factory.CreateClient();
        var mapped = Endpoints().Select(e => (e.Method, e.Path)).ToHashSet();
        var extra = Operations(await Description()).Select(o => (o.Method, o.Path)).Where(o => !mapped.Contains(o)).ToList();
        Assert.True(extra.Count == 0, "Described but not mapped: " + string.Join(", ", extra));
    }

    [Fact]
    public async Task EveryParameterIsDescribedAndEveryOperationNamesItsProblems()
    {
        foreach (var (method, path, operation) in Operations(await Description()))
        {
            foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Assert.True(parameter.TryGetProperty("description", out var d) && d.GetString()!.Length > 10, $"{method} {path}: {parameter.GetProperty("name")} has no description");
                Assert.True(parameter.TryGetProperty("example", out _), $"{method} {path}: {parameter.GetProperty("name")} has no example");
            }
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            Assert.All(responses, r => Assert.False(string.IsNullOrWhiteSpace(r.Value.GetProperty("description").GetString())));
            if (path.StartsWith("/api/", StringComparison.Ordinal))
                Assert.True(responses.Any(r => r.Name == "429" && r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _)), $"{method} {path} is rate-limited but states no 429");
        }
    }

    [Fact]
    public async Task TheClosedSetsAreEnumsAndNumbersAreNumbers()
    {
        var doc = await Description();
        string[] Enum(string path, string name) => doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.Equal((await factory.EditionInServiceAsync()).Paper.Parts.Select(p => p.Slug), Enum("/api/paper/{part}/{number}", "part"));
        Assert.Contains("csl-citation", Enum("/cite/{path}", "format"));
        Assert.Contains("bibtex", Enum("/cite/{path}", "format"));
        var number = doc.GetProperty("paths").GetProperty("/api/paper/{part}/{number}").GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "number");
        Assert.Equal("^[1-9][0-9]*$", number.GetProperty("schema").GetProperty("pattern").GetString());
        // The answer's item number is an integer, not "integer or string".
        var itemNumber = doc.GetProperty("components").GetProperty("schemas").GetProperty("ItemDto").GetProperty("properties").GetProperty("number").GetProperty("type");
        Assert.Equal(JsonValueKind.String, itemNumber.ValueKind);
        Assert.Equal("integer", itemNumber.GetString());
        Assert.False(string.IsNullOrEmpty(doc.GetProperty("info").GetProperty("license").GetProperty("url").GetString()));
    }

    [Fact]
    public async Task EveryDescribedOperationAnswersItsOwnExampleAsDescribed()
    {
        var doc = await Description();
        var client = factory.CreateNonRedirectingClient();
        foreach (var (method, path, operation) in Operations(doc))
        {
            var (address, body) = Example(path, operation);
            using var request = new HttpRequestMessage(new HttpMethod(method), address);
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            var success = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s[0] is '2' or '3').ToList();
            if (success.Count > 0 && operation.GetProperty("responses").GetProperty(success[0]).TryGetProperty("content", out var content) && content.TryGetProperty("text/event-stream", out _))
                request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
            var response = await client.SendAsync(request);
            Assert.True(success.Contains(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                $"{method} {path} (as {address}) answered {(int)response.StatusCode}; described: {string.Join(", ", success)}");
        }
    }

    [Fact]
    public async Task TheFixedEditionServerServesTheSameOperations()
    {
        var doc = await Description();
        var server = doc.GetProperty("servers").EnumerateArray().Single(s => s.GetProperty("url").GetString()!.Contains("{edition}"));
        var edition = server.GetProperty("variables").GetProperty("edition").GetProperty("default").GetString()!;
        Assert.Equal(doc.GetProperty("info").GetProperty("version").GetString(), edition);
        var response = await factory.CreateClient().GetAsync($"/editions/{edition}/api/paper/commitments/4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The operation's address with every parameter set to its example, and its body's example.</summary>
    private static (string Address, string? Body) Example(string path, JsonElement operation)
    {
        var address = path;
        var query = new List<string>();
        foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var name = parameter.GetProperty("name").GetString()!;
            var value = parameter.GetProperty("example").GetString()!;
            if (parameter.GetProperty("in").GetString() == "path") address = address.Replace("{" + name + "}", name == "path" ? value : Uri.EscapeDataString(value));
            else query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        if (query.Count > 0) address += "?" + string.Join("&", query);
        string? body = null;
        if (operation.TryGetProperty("requestBody", out var requestBody))
            body = requestBody.GetProperty("content").GetProperty("application/json").GetProperty("example").GetRawText();
        return (address, body);
    }

    [GeneratedRegex(@"\{\**([a-zA-Z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
