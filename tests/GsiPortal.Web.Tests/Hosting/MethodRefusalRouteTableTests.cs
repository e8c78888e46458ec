using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Every route of the site, read from its route table, answers a method it does not take with the site's 405: status
/// 405, <c>Allow</c>, and a body a reader or a program can read — the site's page with the reason for a reader, a problem
/// document for the programs' addresses and for a program that asks for JSON. Never a line of plain text (the pages'
/// own 405 was one, /embed's among them) nor an empty body. A route added later is walked too.
/// </summary>
[Collection(RealSite.Name)]
public class MethodRefusalRouteTableTests(PortalFactory factory, ITestOutputHelper output)
{
    /// <summary>A value for each route parameter that names something real, so that the route, not a 404, answers.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["part"] = "commitments", ["number"] = "4", ["id"] = "lei-kezhong", ["slug"] = "indivisible-security",
        ["path"] = "paper/commitments/4", ["section"] = "introduction", ["version"] = "latest", ["format"] = "txt", ["file"] = "paper.txt", ["reference"] = "II.4", ["documentName"] = "v1",
    };

    [Fact]
    public async Task EveryRouteAnswersAMethodItDoesNotTakeWithTheSites405()
    {
        var routes = Routes();
        Assert.Contains(routes, r => r.Address.StartsWith("/embed/", StringComparison.Ordinal));
        var faults = new List<string>();
        foreach (var (address, allowed) in routes)
        {
            var method = new[] { "PUT", "PATCH", "BREW" }.First(m => !allowed.Contains(m));
            foreach (var asksJson in new[] { false, true })
            {
                var request = new HttpRequestMessage(new HttpMethod(method), address);
                request.Headers.Accept.ParseAdd(asksJson ? "application/json" : "text/html,*/*;q=0.8");
                var response = await factory.CreateClient().SendAsync(request);
                var said = $"{method} {address} ({(asksJson ? "JSON" : "HTML")} asked)";
                var fault = await Fault(response, expectJson: asksJson || ApiAddress(address));
                output.WriteLine($"{said}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {fault ?? "ok"}");
                if (fault is not null) faults.Add($"{said}: {fault}");
            }
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    private static async Task<string?> Fault(HttpResponseMessage response, bool expectJson)
    {
        if (response.StatusCode != HttpStatusCode.MethodNotAllowed) return $"status {(int)response.StatusCode}";
        if (!response.Content.Headers.Allow.Contains("GET") && !response.Content.Headers.Allow.Contains("POST")) return "no Allow";
        var type = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync();
        if (expectJson)
        {
            if (type != "application/problem+json") return $"type {type}";
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.GetProperty("status").GetInt32() == 405 && problem.GetProperty("detail").GetString()!.Contains("answers", StringComparison.Ordinal) ? null : "problem without its detail";
        }
        if (type != "text/html") return $"type {type}";
        var page = await Html.Parse(body);
        if (page.QuerySelector("main h1")?.TextContent != "This address does not take that kind of request") return "not the site's 405 page";
        return page.QuerySelector("main .not-found-reason")?.TextContent.Contains("answers", StringComparison.Ordinal) == true ? null : "no reason on the page";
    }

    private static bool ApiAddress(string address) =>
        GsiPortal.Web.Hosting.ApiProblems.IsApiPath(new PathString(address.Split('?')[0]));

    /// <summary>Each routed address of the site with a sample for its parameters, and the methods it takes.</summary>
    private List<(string Address, HashSet<string> Allowed)> Routes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var found = new Dictionary<string, HashSet<string>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.Parameters.Any(p => !p.IsOptional && !Samples.ContainsKey(p.Name)))
            {
                output.WriteLine($"no sample for {pattern.RawText}");
                continue;
            }
            // The static files' routes are one kind: one of them stands for all (css, js, favicons, their .gz forms).
            if (pattern.RawText is { } raw && Path.HasExtension(raw) && raw.TrimStart('/') != "css/site.css" && endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
                continue;
            var address = "/" + string.Join('/', pattern.PathSegments.Select(Segment).Where(s => s.Length > 0));
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "HEAD", "POST"];
            if (!found.TryGetValue(address, out var allowed)) found[address] = allowed = new(StringComparer.OrdinalIgnoreCase) { "HEAD" };
            allowed.UnionWith(methods);
        }
        return [.. found.Select(f => (f.Key, f.Value))];
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => parameter.IsOptional ? "" : Samples[parameter.Name],
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    }));
}
