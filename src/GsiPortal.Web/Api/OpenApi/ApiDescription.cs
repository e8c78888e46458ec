using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Rights;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GsiPortal.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI description at <c>/openapi/v1.json</c>: generated from the endpoints themselves, then completed here with
/// what a generator cannot know — every parameter's meaning and values (<see cref="ApiParameters"/>), the problem
/// answers middleware gives (<see cref="ApiAnswers"/>), the addresses that are not minimal-API handlers
/// (<see cref="UnroutedPaths"/>), the licence, and the fixed editions as a second server. The API reference page reads
/// the same document. Checked with Redocly's recommended rules (docs/linking.md) and against the routes by OpenApiTests.
/// </summary>
public static class ApiDescription
{
    /// <summary>The name MapOpenApi serves it under (<c>/openapi/{documentName}.json</c>).</summary>
    public const string DocumentName = "v1";

    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, context, _) =>
        {
            var http = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext;
            var edition = http?.RequestServices.GetService<Edition>() ?? context.ApplicationServices.GetRequiredService<ContentStore>().InService;
            Complete(document, http is null ? "" : SiteOrigin.Of(http), edition);
            return Task.CompletedTask;
        }));

    /// <summary>
    /// <c>/openapi/{documentName}.json</c>, where a name that is no document (<c>/openapi/v2.json</c>) is a problem
    /// document naming the one there is, as every other API address answers: MapOpenApi's own answer was a line of
    /// plain text. There is one description; its <c>info.version</c> is the edition, not a version of the API.
    /// </summary>
    public static IEndpointConventionBuilder MapPortalOpenApi(this IEndpointRouteBuilder app) =>
        app.MapOpenApi().AddEndpointFilter(async (invocation, next) =>
        {
            if (invocation.HttpContext.GetRouteValue("documentName") is not string name || name == DocumentName) return await next(invocation);
            var shown = name.Length > 40 ? name[..40] + "…" : name;
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API description",
                detail: $"There is no API description named “{shown}”. The API has one, {Routes.OpenApi} (its info.version is the edition it reads), also as a page: {Routes.ApiReference}.");
        });

    private static void Complete(OpenApiDocument document, string origin, Edition? edition)
    {
        document.Info = new OpenApiInfo
        {
            Title = "GsiPortal",
            Version = edition?.Version ?? "1",
            Summary = "The Global Security Initiative Concept Paper and commentaries on it, as data.",
            Description = "Read-only access to the texts, search, citations, cross-references, the quote check and the editions. "
                + "Every answer reads one edition (its id is `info.version`); `/editions/{edition}/…` (the second server) serves any address as an earlier edition had it. "
                + $"Errors are RFC 9457 problem documents with a reason. `/api/…`, `/search`, `/quote-check` and `/download/…` are rate-limited per client address: over the limit they answer 429 with Retry-After. "
                + $"No key or account: nothing here needs authentication. A readable version of this description is at {Routes.ApiReference}.",
            License = new OpenApiLicense { Name = "GsiPortal reuse statement: " + ReuseStatement.Full, Url = new Uri((origin.Length > 0 ? origin : "http://localhost") + Routes.About + "#reuse") },
        };
        // The public origin when one is set, never whatever Host a request claimed (SiteOrigin); no trailing slash.
        if (origin.Length > 0)
            document.Servers =
            [
                new OpenApiServer { Url = origin, Description = "The edition in service" },
                new OpenApiServer
                {
                    Url = origin + Routes.Editions + "/{edition}",
                    Description = "A fixed edition: every address as that edition had it, never changing",
                    Variables = new Dictionary<string, OpenApiServerVariable>
                    {
                        ["edition"] = new() { Default = edition?.Version ?? "current", Description = "An edition's id as /api/editions lists them (12 hexadecimal digits)" },
                    },
                },
            ];
        // Nothing needs a key: an empty requirement says so, where leaving it out says nothing.
        document.Security = [new OpenApiSecurityRequirement()];
        UnroutedPaths.AddTo(document);
        document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        foreach (var (path, item) in document.Paths)
            foreach (var (method, operation) in item.Operations ?? [])
            {
                ApiParameters.Describe(path, operation, edition, origin);
                ApiAnswers.Complete(document, path, method, operation);
            }
    }
}
