using System.Net;
using GsiPortal.Core.Addresses;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on <c>/api/*</c>, <c>/search</c>, the quote check and <c>/download/*</c>, a fixed window per client
/// address. Forwarded headers are honoured only from the proxies named in <see cref="RateLimitingOptions.KnownProxies"/>.
/// </summary>
public static class PortalRateLimiting
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RateLimitingOptions>>((options, configured) =>
        {
            var settings = configured.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in settings.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>, TimeProvider>((options, configured, clock) =>
        {
            var settings = configured.Value;
            var window = TimeSpan.FromSeconds(settings.WindowSeconds);
            // Windows are aligned on the clock (each partition is one client in one window), so the time left in a
            // window is known and Retry-After can say it; the limiter's own lease only knows the window's length.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !settings.Enabled || !IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter($"{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"} {WindowOf(clock, window)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = window,
                        QueueLimit = 0,
                    }));
            options.OnRejected = async (context, cancellation) =>
            {
                var retryAfter = (int)Math.Ceiling(TimeLeft(clock, window).TotalSeconds);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.Headers.CacheControl = "no-store";
                await Results.Problem(title: "Too many requests",
                    detail: $"This address has made more than {settings.PermitLimit} requests in {settings.WindowSeconds} seconds. Try again in {retryAfter} seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>
    /// Believes X-Forwarded-For only from configured proxies. The middleware is left out when none are
    /// configured, because with empty lists it would believe any sender.
    /// </summary>
    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.KnownProxies.Count > 0) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>Whether the limits are on (<see cref="RateLimitingOptions.Enabled"/>): off, the limiter is left out of the pipeline.</summary>
    public static bool IsEnabled(WebApplication app) => app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled;

    private static long WindowOf(TimeProvider clock, TimeSpan window) => clock.GetUtcNow().UtcTicks / window.Ticks;

    /// <summary>The time until the current window closes, at least one second.</summary>
    public static TimeSpan TimeLeft(TimeProvider clock, TimeSpan window)
    {
        var left = TimeSpan.FromTicks(window.Ticks - clock.GetUtcNow().UtcTicks % window.Ticks);
        return left < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : left;
    }

    /// <summary>The costly addresses: the API, search, the quote check and audit, and downloads (books of a megabyte and more).</summary>
    public static bool IsLimited(PathString path) =>
        path.StartsWithSegments(Routes.Api) || path.StartsWithSegments(Routes.Search) || path.StartsWithSegments(Routes.QuoteCheck)
        || path.StartsWithSegments(Routes.Download);
}
