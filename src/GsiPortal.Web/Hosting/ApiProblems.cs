using System.Diagnostics;
using System.Text.Json;
using GsiPortal.Core.Addresses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Errors under <c>/api/</c> are answered as RFC 9457 <c>application/problem+json</c> with a title and a detail a
/// caller can act on — never the HTML page a reader gets. The endpoints' own problems (a bad query, an address that
/// names nothing) are theirs; this covers what happens before a handler runs: no route (404), a method the route does
/// not take (405), a body too large (413), of the wrong type (415) or that is not JSON (400). <c>/oembed</c>,
/// <c>/cite</c> and <c>/download</c> are answered to programs too (WordPress, reference managers, scripts), and their
/// handlers' own errors were problem documents already: what happens before them is, as well (a POST to /oembed was
/// the reader's HTML 405 page).
/// </summary>
public static class ApiProblems
{
    /// <summary>
    /// The addresses answered to programs: the API, oEmbed, citations and downloads. Each is opened in a browser too
    /// (the pages link downloads and citations; a reader follows or mistypes an /api or /cite address): a request that
    /// prefers HTML gets the reader's pages for its errors, so a mistyped address is a page that says why and links
    /// what was meant, not a JSON document (<see cref="IsForReader(HttpContext)"/>).
    /// </summary>
    public static bool IsApi(HttpContext context) =>
        IsApiPath(context.Request.Path) && !IsForReader(context);

    /// <summary>
    /// A browser opening a program's address: a GET or HEAD that prefers HTML to JSON. Any other method is a program's,
    /// whatever it accepts, and keeps the problem document (a 405 among them); so does MCP, whose clients are programs.
    /// </summary>
    public static bool IsForReader(HttpContext context) => IsForReader(context.Request, context.Request.Path);

    /// <summary>The same for <paramref name="path"/>, the address within an edition (<c>/cite/…</c> of <c>/editions/{id}/cite/…</c>).</summary>
    public static bool IsForReader(HttpRequest request, PathString path) =>
        IsApiPath(path) && !path.StartsWithSegments(Routes.ApiMcp)
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && PageNegotiation.PrefersHtml(request.Headers.Accept);

    /// <summary>A program's address asked by a program: its errors are problem documents, wherever the address stands.</summary>
    public static bool IsForProgram(HttpRequest request, PathString path) => IsApiPath(path) && !IsForReader(request, path);

    /// <summary>The same of a path as sent, for what answers before routing (Requests/NullInAddress).</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments(Routes.Api) || path.StartsWithSegments(Routes.OEmbed)
        || path.StartsWithSegments(Routes.Cite) || path.StartsWithSegments(Routes.Download);

    /// <summary>Status pages for the API: a problem document in place of an empty error answer.</summary>
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, null));

    /// <summary>The status a failure in reading the request deserves: Kestrel's and the JSON binder's own (400, 413, 415), else 500.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Answers an exception under <c>/api/</c> (the exception handler's own delegate: the detail is logged by it).</summary>
    public static async Task WriteExceptionAsync(HttpContext context)
    {
        if (context.Response.HasStarted) return;
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = exception is null ? StatusCodes.Status500InternalServerError : StatusOf(exception);
        context.Response.StatusCode = status;
        await WriteAsync(context, status, status < 500 ? Shown(exception) : null);
    }

    /// <summary>
    /// An exception's message, if a caller may read it: not a binder's ("Failed to read parameter "QuoteCheckApi.QuoteCheckRequest?
    /// request"…") or the serializer's, which name .NET types (review 18, D12). A JSON body's faults are said before any
    /// binder runs (Requests/JsonBodyShape); this only keeps what slips past from naming the code.
    /// </summary>
    private static string? Shown(Exception? exception) =>
        exception is null or JsonException || exception.Message.StartsWith("Failed to ", StringComparison.Ordinal) ? null : exception.Message;

    /// <summary>
    /// The RFC section a status is defined in, as ASP.NET Core's problem documents name it (<c>type</c>): the endpoints'
    /// own problems carried it and these, written here, did not (a fresh-eyes review).
    /// </summary>
    public static string? TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => null,
    };

    /// <summary>A problem document for <paramref name="status"/>, its detail given or the status's own hint.</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string? detail) => WriteAsync(context, status, detail);

    private static async Task WriteAsync(HttpContext context, int status, string? detail)
    {
        var (title, hint) = status switch
        {
            400 => ("Malformed request", "The body must be JSON such as {\"text\": \"…\"}."),
            404 => ("Not found", $"{context.Request.Path} names no API address. See /openapi/v1.json for them all."),
            405 => ("Method not allowed", $"{context.Request.Path} answers {context.Response.Headers.Allow}."),
            413 => ("Request too large", "The body is larger than this address accepts."),
            415 => ("Unsupported media type", "Send the body as application/json."),
            429 => ("Too many requests", "Wait for the time Retry-After gives, then try again."),
            >= 500 => ("Server error", $"The request failed on the server; reference {context.TraceIdentifier}."),
            _ => (ReasonPhrases.GetReasonPhrase(status), ""),
        };
        var problem = new ProblemDetails { Type = TypeOf(status), Status = status, Title = title, Detail = detail is null ? hint : $"{detail} {hint}", Instance = context.Request.Path };
        // The same trace id the endpoints' problems carry (ASP.NET Core's defaults), so a caller can quote any refusal alike.
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        // Written whole with its length, as every answer with a body is (HttpCachingHeaders): this is outside that
        // middleware and compression, and WriteAsJsonAsync sent it chunked.
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(problem, options);
        context.Response.ContentType = "application/problem+json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
