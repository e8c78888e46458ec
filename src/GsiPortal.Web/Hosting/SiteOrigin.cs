using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>The origin for canonical addresses: <see cref="PortalOptions.PublicOrigin"/> when set, else the request's own.</summary>
public static class SiteOrigin
{
    public static string Of(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PublicOrigin;
        return string.IsNullOrEmpty(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured.TrimEnd('/');
    }

    /// <summary>Today's date (UTC) for "accessed" in citations.</summary>
    public static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
