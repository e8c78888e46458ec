using GsiPortal.Web.Hosting;
using Microsoft.OpenApi;

namespace GsiPortal.Web.Api.OpenApi;

/// <summary>
/// The answers an operation can give besides its own: those of the middleware every request passes (the rate limit, the
/// body reader, the shutdown window), and a description of each status in the site's words. Problems are RFC 9457
/// documents (<c>application/problem+json</c>), as <see cref="Problems"/> and the middleware write them.
/// </summary>
public static class ApiAnswers
{
    public const string ProblemMediaType = "application/problem+json";
    private const string ProblemSchema = "ProblemDetails";

    /// <summary>What each status means here.</summary>
    public static string Describe(string status) => status switch
    {
        "200" => "The answer.",
        "308" => "Moved for good: the Location header names the page.",
        "400" => "The request cannot be answered as sent: the problem's detail says which parameter and what it takes.",
        "404" => "The address or reference names nothing: the problem's detail says what does.",
        "413" => "The text sent is longer than this address reads: the detail gives the limit.",
        "415" => "The body is not JSON in UTF-8 (or has no Content-Type): the detail says what to send.",
        "429" => "Too many requests from this client address: wait the seconds Retry-After gives.",
        "501" => "Asked for a format this provider does not serve (oEmbed's xml).",
        "503" => "Not now: the work ran out of time, the server is restarting, or a book cannot be made here. Retry-After says when to try again where it can.",
        _ => "See the problem's detail.",
    };

    public static void Complete(OpenApiDocument document, string path, HttpMethod method, OpenApiOperation operation)
    {
        operation.Responses ??= [];
        var responses = operation.Responses;
        if (PortalRateLimiting.IsLimited(path)) Add(document, responses, "429", retryAfter: true);
        if (method == HttpMethod.Post)
        {
            Add(document, responses, "400");
            Add(document, responses, "413");
            Add(document, responses, "415");
            // A body still arriving when the shutdown window closes (RequestBodies).
            Add(document, responses, "503", retryAfter: true);
        }
        // Every 503 here says when to ask again (the meaning endpoint's busy answer among them).
        if (responses.TryGetValue("503", out var stated) && stated is OpenApiResponse unavailable && unavailable.Headers is null or { Count: 0 }) unavailable.Headers = RetryAfter();
        foreach (var (status, response) in responses)
            if (response is OpenApiResponse described && (string.IsNullOrEmpty(described.Description) || described.Description == StandardPhrase(status)))
                described.Description = Describe(status);
    }

    /// <summary>A problem answer, unless the operation states that status already.</summary>
    private static void Add(OpenApiDocument document, OpenApiResponses responses, string status, bool retryAfter = false)
    {
        if (responses.ContainsKey(status)) return;
        var response = new OpenApiResponse
        {
            Description = Describe(status),
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        };
        if (retryAfter) response.Headers = RetryAfter();
        responses[status] = response;
    }

    private static Dictionary<string, IOpenApiHeader> RetryAfter() => new()
    {
        ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before asking again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
    };

    /// <summary>The reason phrase the generator writes for a status it was given without a description.</summary>
    private static string StandardPhrase(string status) =>
        int.TryParse(status, out var code) ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) : "";
}
