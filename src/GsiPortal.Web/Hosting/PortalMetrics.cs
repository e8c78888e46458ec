using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// What an operator watches: requests by status class and whether the cache served them, searches, content reloads
/// and their outcome — beside ASP.NET Core's own meters (request duration, Kestrel connections, rate limiting,
/// exceptions). Exported through OpenTelemetry in Prometheus' text format on a port of its own, only when
/// <see cref="PortalOptions.MetricsPort"/> is set, and bound to loopback unless told otherwise: never on the public site.
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string MeterName = "GsiPortal";

    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> requests;
    private readonly Counter<long> searches;
    private long loaded, refused;

    public PortalMetrics()
    {
        requests = meter.CreateCounter<long>("gsiportal.requests", description: "Requests answered, by status class and by whether the output cache served them");
        searches = meter.CreateCounter<long>("gsiportal.searches", description: "Searches run (pages and API)");
        // Observed rather than added: the first load happens before any metrics listener has started.
        meter.CreateObservableCounter("gsiportal.content.reloads", () => new[]
        {
            new Measurement<long>(Volatile.Read(ref loaded), new KeyValuePair<string, object?>("outcome", "loaded")),
            new Measurement<long>(Volatile.Read(ref refused), new KeyValuePair<string, object?>("outcome", "refused")),
        }, description: "Content loads, by outcome");
    }

    /// <summary>The status classes as written once, not formatted for every request.</summary>
    private static readonly string[] StatusClasses = ["0xx", "1xx", "2xx", "3xx", "4xx", "5xx"];

    public void Request(int status, bool fromCache) =>
        requests.Add(1, new("status_class", StatusClasses[Math.Clamp(status / 100, 0, 5)]), new("cache", fromCache ? "hit" : "miss"));

    public void Search() => searches.Add(1);

    public void Reload(bool succeeded)
    {
        if (succeeded) Interlocked.Increment(ref loaded);
        else Interlocked.Increment(ref refused);
    }

    public void Dispose() => meter.Dispose();
}

public static class PortalMetricsSetup
{
    public static IServiceCollection AddPortalMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PortalMetrics>();
        // Read here, not through IOptions: whether a listener exists at all is decided while services are registered.
        var options = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        if (options.MetricsPort <= 0) return services;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(PortalMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Diagnostics", "System.Runtime")
            .AddPrometheusHttpListener(listener => { listener.Host = options.MetricsHost; listener.Port = options.MetricsPort; }));
        return services;
    }
}
