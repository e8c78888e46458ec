using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Security headers on every response. The policy allows nothing from another host and no inline script or
/// style, and refuses framing everywhere but on the embed pages.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Common = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; ";

    /// <summary>No page may be framed by another site…</summary>
    private const string Policy = Common + "frame-ancestors 'none'";

    /// <summary>…except the compact embed pages, which exist to be framed.</summary>
    private const string EmbedPolicy = Common + "frame-ancestors *";

    public Task InvokeAsync(HttpContext context)
    {
        // Static callback and state: no closure allocated per request.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Routes.Embed) ? EmbedPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
