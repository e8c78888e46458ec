using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Cross-origin access for other sites' scripts. Everything read-only that is data — the JSON API, oEmbed, /cite,
/// the downloads and the changes feed — answers any origin's GET, without credentials (the site has no cookies or
/// accounts, so there is nothing a credentialed request could reach). The quote check and the quote audit, POSTs
/// that change nothing, answer a preflight for a JSON body. Pages get no CORS: they are for reading, and are linked or embedded, not fetched.
/// </summary>
public static class PortalCors
{
    public const string ReadOnly = "read-only";
    public const string QuoteCheck = "quote-check";

    /// <summary>How long a browser may keep a preflight's answer: a day, since the policy only changes with a release.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromDays(1);

    /// <summary>Headers a script may read besides the CORS-safelisted ones: revalidation, file names, the licence link, back-off.</summary>
    private static readonly string[] Exposed = ["ETag", "Content-Disposition", "Link", "Retry-After"];

    public static IServiceCollection AddPortalCors(this IServiceCollection services) => services.AddCors(options =>
    {
        options.AddPolicy(ReadOnly, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").WithExposedHeaders(Exposed).SetPreflightMaxAge(PreflightMaxAge));
        options.AddPolicy(QuoteCheck, policy => policy.AllowAnyOrigin().WithMethods("POST").WithHeaders("Content-Type").WithExposedHeaders(Exposed).SetPreflightMaxAge(PreflightMaxAge));
    });

    /// <summary>The licence of what is downloaded, as an RFC 8288 link (relation "license", RFC 4946) to the rights statement.</summary>
    public static void AddLicenseLink(HttpContext context) =>
        context.Response.Headers.Append("Link", $"<{SiteOrigin.Of(context)}{Routes.About}#reuse>; rel=\"license\"");
}
