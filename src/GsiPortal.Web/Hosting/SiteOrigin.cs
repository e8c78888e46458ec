using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The origin of every absolute address the site writes (canonical, og:url, JSON-LD, sitemap, robots, citations,
/// oEmbed): <see cref="PortalOptions.PublicOrigin"/> when set, else the request's own Host — which only
/// <c>AllowedHosts</c> checks, so production sets one or the other (docs/deploy.md; start-up warns otherwise).
/// </summary>
public static class SiteOrigin
{
    public static string Of(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PublicOrigin;
        if (!string.IsNullOrEmpty(configured)) return configured.TrimEnd('/');
        if (context.Request.Host.HasValue) return $"{context.Request.Scheme}://{context.Request.Host}";
        // HTTP/1.0 may send no Host at all: the address the server listens on, never "http:///".
        var listening = context.RequestServices.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return listening is not null && Uri.TryCreate(listening.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority)
            : $"{context.Request.Scheme}://localhost";
    }

    /// <summary>Warns, loudly, when absolute addresses would take their host from any request's Host header.</summary>
    public static void WarnWhenUnchecked(WebApplication app)
    {
        if (!app.Environment.IsProduction()) return;
        var publicOrigin = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicOrigin;
        var allowedHosts = app.Configuration["AllowedHosts"];
        if (!string.IsNullOrEmpty(publicOrigin) || (!string.IsNullOrEmpty(allowedHosts) && allowedHosts.Trim() != "*")) return;
        app.Logger.LogWarning("NEITHER Portal:PublicOrigin NOR AllowedHosts IS SET: canonical addresses, citations, the sitemap and oEmbed "
            + "will name whatever host a request claims. Set Portal:PublicOrigin (for example https://gsi.example.org) or AllowedHosts; see docs/deploy.md.");
    }

    /// <summary>Today's date (UTC) for "accessed" in citations.</summary>
    public static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
