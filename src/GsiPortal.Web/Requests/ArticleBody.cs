using GsiPortal.Core.Addresses;
using GsiPortal.Core.Quotes;
using Microsoft.AspNetCore.Http.Features;

namespace GsiPortal.Web.Requests;

/// <summary>
/// The body of a quote audit (form or JSON), under the audit's own limit: an article of up to 100 KB of text, which
/// encoded as a form or JSON may take several times that, above the site's 64 KB for every other request.
/// </summary>
public static class ArticleBody
{
    /// <summary>The largest body taken: the article's limit, with room for form or JSON encoding (a non-ASCII character may take 9 bytes as a form).</summary>
    public const long MaxRequestBytes = 4L * QuoteAudit.MaxArticleBytes;

    public sealed class TooLargeException(string message) : Exception(message);

    /// <summary>
    /// Before anything reads a body (the page's model binding reads a posted form before its handler runs): a post to
    /// the audit, page or API, may be as large as <see cref="MaxRequestBytes"/>, and one that says it is larger is
    /// answered 413 with the reason at once.
    /// </summary>
    public static IApplicationBuilder UseArticleBodyLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        // Any other request passes straight on, without an async frame (docs/performance.md, seventeenth session).
        if (!HttpMethods.IsPost(request.Method) || !(request.Path.Equals(Routes.QuoteAudit, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(Routes.ApiQuoteAudit, StringComparison.OrdinalIgnoreCase)))
            return next(context);
        try
        {
            Allow(request);
        }
        catch (TooLargeException e)
        {
            return Results.Problem(title: "Article too large", detail: e.Message, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
        }
        return next(context);
    });

    /// <summary>Raises this request's body limit to the audit's, refusing at once a body that says it is larger.</summary>
    public static void Allow(HttpRequest request)
    {
        if (request.ContentLength > MaxRequestBytes) throw TooLarge(request.ContentLength.Value);
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = MaxRequestBytes;
    }

    /// <summary>The body, buffered under the limit (a body without a length is counted as it arrives).</summary>
    public static async Task<Stream> Open(HttpRequest request)
    {
        Allow(request);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await ReadAsync(request, chunk)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes) throw TooLarge(buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>A read the server stopped at its limit is the same refusal, said the same way.</summary>
    private static async Task<int> ReadAsync(HttpRequest request, byte[] chunk)
    {
        try
        {
            return await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(MaxRequestBytes);
        }
    }

    private static TooLargeException TooLarge(long bytes) => new(TooLargeMessage(bytes));

    public static string TooLargeMessage(long bytes) =>
        $"The request is {bytes:N0} bytes or more; the audit takes an article of at most {QuoteAudit.MaxArticleBytes / 1024} KB of text. Audit it in parts.";
}
