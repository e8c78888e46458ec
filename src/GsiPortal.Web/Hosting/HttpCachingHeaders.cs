using System.Security.Cryptography;
using GsiPortal.Core.Addresses;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Gives a successful GET answer a strong ETag (a hash of the exact bytes sent, after compression, so each
/// encoding has its own) and a Cache-Control a CDN can honour. It sits inside the output cache, so the hash is
/// computed once per cached answer; the output cache then answers If-None-Match with 304.
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
        await using var buffer = new MemoryStream();
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
            if (!response.Headers.ContainsKey(HeaderNames.ETag))
                response.Headers.ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
                response.Headers.CacheControl = FixedEdition.Of(context) is not null ? Immutable : CacheControlFor(context.Request.Path);
        }
        else if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            response.Headers.CacheControl = "no-store";
        }
        // Only for a 200: an empty 404 is rewritten by the status-code page after this.
        if (response.StatusCode == StatusCodes.Status200OK && HttpMethods.IsGet(context.Request.Method)) response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>An earlier edition's answers never change: a year, and no revalidation (RFC 8246).</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Search answers change with the content and are cheap to refresh; reading pages can be kept longer.</summary>
    private static string CacheControlFor(PathString path) =>
        path.StartsWithSegments(Routes.Search) || path.StartsWithSegments(Routes.ApiSearch) || path.StartsWithSegments(Routes.ApiSuggest)
            ? "public, max-age=60"
            : "public, max-age=300, stale-while-revalidate=60";
}
