using GsiPortal.Core.Addresses;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Request logging that stays useful and bounded: every failure (5xx or an exception) and every slow request gets a
/// line of its own; everything else — cached hits, ordinary pages, a stranger's 404s — is counted, and the counts are
/// written once a minute. A soak that wrote 660 MB of one-line-per-request JSON in 60 s now writes one summary line
/// per minute (docs/deploy.md gives the bytes per million requests). Metrics count every request as well.
/// </summary>
public sealed class RequestLog(PortalMetrics metrics, IOptions<PortalOptions> options)
{
    private long served, redirected, refused, failed, fromCache;
    private double slowest;

    public LogEventLevel LevelOf(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        var status = context.Response.StatusCode;
        var cached = context.Response.Headers.Age.Count > 0;
        metrics.Request(status, cached);
        if (context.Request.Path.StartsWithSegments(Routes.Search) || context.Request.Path.StartsWithSegments(Routes.ApiSearch)) metrics.Search();

        if (status < 300) Interlocked.Increment(ref served);
        else if (status < 400) Interlocked.Increment(ref redirected);
        else if (status < 500) Interlocked.Increment(ref refused);
        else Interlocked.Increment(ref failed);
        if (cached) Interlocked.Increment(ref fromCache);
        if (elapsedMilliseconds > Volatile.Read(ref slowest)) Volatile.Write(ref slowest, elapsedMilliseconds);

        if (exception is not null || status >= 500) return LogEventLevel.Error;
        if (elapsedMilliseconds >= options.Value.SlowRequestMilliseconds) return LogEventLevel.Warning;
        return LogEventLevel.Debug;
    }

    /// <summary>The counts since the last call, reset; null when nothing was served.</summary>
    public (long Served, long Redirected, long Refused, long Failed, long FromCache, double Slowest)? TakeCounts()
    {
        var counts = (Interlocked.Exchange(ref served, 0), Interlocked.Exchange(ref redirected, 0), Interlocked.Exchange(ref refused, 0),
            Interlocked.Exchange(ref failed, 0), Interlocked.Exchange(ref fromCache, 0), Interlocked.Exchange(ref slowest, 0));
        return counts.Item1 + counts.Item2 + counts.Item3 + counts.Item4 == 0 ? null : counts;
    }
}

/// <summary>Writes the request counts once a minute (see <see cref="RequestLog"/>).</summary>
public sealed class TrafficSummary(RequestLog log, ILogger<TrafficSummary> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Write();
        }
        catch (OperationCanceledException)
        {
            // The host is stopping: say what was served since the last summary.
        }
        Write();
    }

    private void Write()
    {
        if (log.TakeCounts() is not { } c) return;
        logger.LogInformation("Served {Served} requests ({FromCache} from the cache), redirected {Redirected}, refused {Refused} (4xx), failed {Failed}; slowest {Slowest:0} ms",
            c.Served, c.FromCache, c.Redirected, c.Refused, c.Failed, c.Slowest);
    }
}

public static class RequestLogSetup
{
    public static IServiceCollection AddRequestLog(this IServiceCollection services)
    {
        services.AddSingleton<RequestLog>();
        services.AddHostedService<TrafficSummary>();
        return services;
    }

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<RequestLog>();
        return app.UseSerilogRequestLogging(options => options.GetLevel = log.LevelOf);
    }
}
