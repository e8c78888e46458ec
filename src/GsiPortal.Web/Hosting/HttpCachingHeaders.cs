using GsiPortal.Core.Addresses;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Gives a successful GET answer a strong ETag (a hash of the exact bytes sent, after compression, so each
/// encoding has its own) and a Cache-Control a CDN can honour. It sits inside the output cache, so the hash is
/// computed once per cached answer; the output cache then answers If-None-Match with 304, and this does for
/// an answer the cache does not hold.
/// </summary>
public sealed class HttpCachingHeaders(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) || PortalCaching.IsStaticAsset(context))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new PooledBody();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        var noStore = response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal);
        if (response.StatusCode == StatusCodes.Status200OK && !noStore)
        {
            if (!response.Headers.ContainsKey(HeaderNames.ETag)) response.Headers.ETag = ETagOf(buffer.Written.Span);
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
                response.Headers.CacheControl = FixedEdition.Of(context) is not null ? Immutable : CacheControlFor(context.Request.Path);
            // A client that holds these very bytes is told so. The output cache answers this for what it keeps; a
            // search asked for the first time is not kept (SearchAdmission), and its revalidation ends here.
            if (IsUnchanged(context.Request.Headers.IfNoneMatch, response.Headers.ETag.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                response.Headers.ContentEncoding = default;
                return;
            }
        }
        else if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            response.Headers.CacheControl = "no-store";
        }
        // Every answer with a body says its length, a 404's or 400's too: chunked, only its last chunk told a client it
        // had the whole page (a fresh-eyes review read the Background page's 404 as never ending; that was the
        // browser, reader.js, but a length is the plainer answer). An empty answer other than a 200 says nothing: a 404
        // left empty is written by the status-code page after this, and a length of 0 would refuse it.
        if (HttpMethods.IsGet(context.Request.Method) && (response.StatusCode == StatusCodes.Status200OK || buffer.Length > 0)) response.ContentLength = buffer.Length;
        if (buffer.Length > 0) await original.WriteAsync(buffer.Written, context.RequestAborted);
    }

    /// <summary>
    /// A strong ETag: the bytes' 128-bit XxHash3, in hex, quoted. A validator must tell one representation's bytes from
    /// another's, which a 128-bit hash does; nobody can choose the bytes of both (the site writes them), so it need not
    /// be a cryptographic digest. It was the first half of a SHA-256, about a tenth of a distinct search's time in the web
    /// layer for a 12 KB answer (docs/performance.md); XxHash3 reads the same bytes several times faster.
    /// </summary>
    private static string ETagOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        System.IO.Hashing.XxHash128.Hash(bytes, hash);
        Span<char> chars = stackalloc char[34];
        chars[0] = chars[^1] = '"';
        Convert.TryToHexStringLower(hash, chars[1..^1], out _);
        return new string(chars);
    }

    private static bool IsUnchanged(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || etag.Length == 0) return false;
        foreach (var value in ifNoneMatch)
            if (value is not null && (value.Trim() == "*" || value.Contains(etag, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>An earlier edition's answers never change: a year, and no revalidation (RFC 8246).</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Search answers change with the content and are cheap to refresh; reading pages can be kept longer.</summary>
    private static string CacheControlFor(PathString path) =>
        path.StartsWithSegments(Routes.Search) || path.StartsWithSegments(Routes.ApiSearch) || path.StartsWithSegments(Routes.ApiSuggest)
            ? "public, max-age=60"
            : "public, max-age=300, stale-while-revalidate=60";
}
