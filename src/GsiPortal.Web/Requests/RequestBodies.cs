using System.Text;
using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Quotes;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Requests;

/// <summary>
/// Every body the site takes, read in one place before any handler (issue #21): the quote check and the quote audit,
/// page and API, the references API and the MCP endpoint. A body of a type or charset the address does not read, too large, or (for MCP)
/// not JSON, is refused with a 4xx and a reason — where the model binder, the form reader or the MCP library answered
/// 500. The body is read whole into memory under the address's limit, so no handler waits on the network; a body still
/// arriving when the shutdown window is about to close is answered 503 with <c>Connection: close</c>.
/// A JSON body's faults (its syntax, its nesting, a field of the wrong type or given twice, a JSON-RPC message of the
/// wrong shape) are said here too, in the caller's terms (<see cref="JsonBodyShape"/>), before a binder or the MCP
/// library answers them with .NET type names.
/// The API and MCP are answered here; a page is handed the refusal (<see cref="Refusal"/>) to show in its own form.
/// </summary>
public static class RequestBodies
{
    private static readonly object RefusalKey = new();

    /// <summary>
    /// A body the address would not take: the status and the reason; for a JSON body, a title naming the fault, and
    /// whether it was JSON at all (an MCP message that is JSON of the wrong shape is −32600, not −32700).
    /// </summary>
    public sealed record Refused(int Status, string Reason, string? Title = null, bool WasJson = false);

    private enum Kind { Form, Json, JsonRpc }

    /// <summary>UTF-8, and ASCII, which is part of it; any other charset is refused rather than guessed at.</summary>
    private static readonly string[] ReadCharsets = ["utf-8", "utf8", "us-ascii", "ascii"];

    /// <summary>The addresses that take a body (POST), and what they read.</summary>
    private static Kind? KindOf(PathString path) =>
        path.Equals(Routes.QuoteCheck, StringComparison.OrdinalIgnoreCase) || path.Equals(Routes.QuoteAudit, StringComparison.OrdinalIgnoreCase) ? Kind.Form
        : path.Equals(Routes.ApiQuoteCheck, StringComparison.OrdinalIgnoreCase) || path.Equals(Routes.ApiQuoteAudit, StringComparison.OrdinalIgnoreCase)
            || path.Equals(Routes.ApiReferences, StringComparison.OrdinalIgnoreCase) ? Kind.Json
        : path.Equals(Routes.ApiMcp, StringComparison.OrdinalIgnoreCase) ? Kind.JsonRpc
        : null;

    /// <summary>What a page should answer instead of reading its form, if the body was refused.</summary>
    public static Refused? Refusal(HttpContext context) => context.Items[RefusalKey] as Refused;

    // Anything but a post to an address that reads a body passes straight on, without an async frame (docs/performance.md,
    // seventeenth session).
    public static IApplicationBuilder UseRequestBodies(this IApplicationBuilder app) => app.Use((context, next) =>
        HttpMethods.IsPost(context.Request.Method) && KindOf(context.Request.Path) is { } kind ? ReadAsync(context, next, kind) : next(context));

    private static async Task ReadAsync(HttpContext context, RequestDelegate next, Kind kind)
    {
        var refused = Check(context.Request, kind) ?? await Buffer(context, kind);
        if (refused is { Status: StatusCodes.Status503ServiceUnavailable })
        {
            context.Response.Headers.Connection = "close";
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(title: "The server is restarting", detail: refused.Reason, statusCode: refused.Status).ExecuteAsync(context);
            return;
        }
        if (refused is not null && kind != Kind.Form)
        {
            await Answer(context, kind, refused);
            return;
        }
        if (refused is not null)
        {
            // Nothing of a refused body is read after this: the page's binder would otherwise try, and fail its own way.
            context.Items[RefusalKey] = refused;
            context.Request.Body = Stream.Null;
            context.Request.ContentType = null;
            context.Request.ContentLength = 0;
        }
        await next(context);
    }

    /// <summary>The content type and charset, before a byte of the body is read.</summary>
    private static Refused? Check(HttpRequest request, Kind kind)
    {
        var expected = kind == Kind.Form ? "application/x-www-form-urlencoded" : "application/json";
        var how = kind == Kind.Form ? $"Send the form as {expected} (UTF-8), as the page's own form does." : $"Send the body as {expected} (UTF-8).";
        // A coded body (gzip, br) is not decoded here: said by its coding, where the JSON reader's "'0x1F' is an invalid
        // start" said nothing of why, and a br header over a plain body was read as if absent (review 20 D11; RFC 9110
        // 15.5.16: 415 for a content coding the server does not accept).
        var codings = request.Headers.ContentEncoding.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => !c.Equals("identity", StringComparison.OrdinalIgnoreCase)).ToList();
        if (codings.Count > 0)
            return new(StatusCodes.Status415UnsupportedMediaType, $"Content-Encoding {string.Join(", ", codings)} is not read here: send the body uncoded. {how}");
        if (string.IsNullOrEmpty(request.ContentType))
            return new(StatusCodes.Status415UnsupportedMediaType, $"The request has no Content-Type. {how}");
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } media)
            return new(StatusCodes.Status415UnsupportedMediaType, $"The Content-Type could not be read. {how}");
        var accepted = kind == Kind.Form
            ? media.Equals(expected, StringComparison.OrdinalIgnoreCase) || media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            : media.Equals(expected, StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        if (!accepted) return new(StatusCodes.Status415UnsupportedMediaType, $"This address does not read {media}. {how}");
        var charsets = type.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).Select(p => HeaderUtilities.RemoveQuotes(p.Value).ToString()).ToList();
        if (charsets.Count > 1 || charsets.Any(c => !ReadCharsets.Contains(c, StringComparer.OrdinalIgnoreCase)))
            return new(StatusCodes.Status415UnsupportedMediaType, $"The charset {string.Join(", ", charsets.Select(c => $"'{c}'"))} is not one this address reads. {how}");
        if (media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) && HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
            return new(StatusCodes.Status400BadRequest, $"The multipart form names no boundary. {how}");
        return null;
    }

    /// <summary>Reads the whole body into memory under the address's limit, and puts it back for the handler.</summary>
    private static async Task<Refused?> Buffer(HttpContext context, Kind kind)
    {
        var request = context.Request;
        var audit = request.Path.Equals(Routes.QuoteAudit, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(Routes.ApiQuoteAudit, StringComparison.OrdinalIgnoreCase);
        var limit = audit ? ArticleBody.MaxRequestBytes : context.RequestServices.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize ?? 64 * 1024;
        var closing = context.RequestServices.GetRequiredService<ShutdownWindow>().Closing;
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, closing);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, reading.Token)) > 0)
            {
                if (buffer.Length + read > limit) return TooLarge(request.Path, limit);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(request.Path, limit);
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return new(StatusCodes.Status503ServiceUnavailable, "The server is restarting and the request's body had not all arrived. Send it again in a few seconds.");
        }
        buffer.Position = 0;
        request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var fault = kind switch
        {
            Kind.JsonRpc => JsonBodyShape.OfJsonRpcMessage(body),
            Kind.Json => JsonBodyShape.OfObjectWithText(body, audit ? "article" : "text"),
            _ => null,
        };
        if (fault is not null) return new(StatusCodes.Status400BadRequest, fault.Reason, fault.Title, fault.WasJson);
        buffer.Position = 0;
        if (kind == Kind.Form)
        {
            // Read here, from memory, so that a malformed form (a multipart body that is not one) is a reason, not a fault.
            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException)
            {
                return new(StatusCodes.Status400BadRequest, $"The form could not be read: {e.Message}");
            }
        }
        return null;
    }

    private static Refused TooLarge(PathString path, long limit) => new(StatusCodes.Status413PayloadTooLarge,
        path.Equals(Routes.QuoteCheck, StringComparison.OrdinalIgnoreCase) || path.Equals(Routes.ApiQuoteCheck, StringComparison.OrdinalIgnoreCase)
            ? $"The request is larger than the check takes: a passage of at most {QuoteChecker.MaxLength:N0} characters. Check a sentence or a paragraph at a time."
            : path.Equals(Routes.ApiMcp, StringComparison.OrdinalIgnoreCase)
                ? $"An MCP message may be at most {limit / 1024} KB."
                : ArticleBody.TooLargeMessage(limit));

    /// <summary>The API's refusals are problem documents; MCP's are JSON-RPC errors (−32700 for a body that is not JSON).</summary>
    private static async Task Answer(HttpContext context, Kind kind, Refused refused)
    {
        if (kind == Kind.Json)
        {
            var title = refused.Title ?? refused.Status switch { 413 => "Request too large", 415 => "Unsupported media type", _ => "Malformed request" };
            await Results.Problem(title: title, detail: refused.Reason, statusCode: refused.Status).ExecuteAsync(context);
            return;
        }
        // JSON-RPC 2.0's codes: −32700 for a body that is not JSON, −32600 for JSON that is not a message (or a body refused
        // before it was read: its type, its size).
        var code = refused.Status == StatusCodes.Status400BadRequest && !refused.WasJson ? -32700 : -32600;
        var message = code == -32700 ? "Parse error" : "Invalid Request";
        context.Response.StatusCode = refused.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = (object?)null, error = new { code, message = $"{message}: {refused.Reason}" } }), Encoding.UTF8);
    }
}
