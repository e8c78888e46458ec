using GsiPortal.Core.Addresses;
using Microsoft.Extensions.Options;
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

        // The meaning path's busy answer is a refusal by design (load shed), not a failure.
        var shed = status == StatusCodes.Status503ServiceUnavailable && exception is null && MeaningBusy.IsMarked(context);
        if (status < 300) Interlocked.Increment(ref served);
        else if (status < 400) Interlocked.Increment(ref redirected);
        else if (status < 500 || shed) Interlocked.Increment(ref refused);
        else Interlocked.Increment(ref failed);
        if (cached) Interlocked.Increment(ref fromCache);
        if (elapsedMilliseconds > Volatile.Read(ref slowest)) Volatile.Write(ref slowest, elapsedMilliseconds);

        if (exception is not null || (status >= 500 && !shed)) return LogEventLevel.Error;
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

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app) => app.UseMiddleware<RequestLogMiddleware>();
}

/// <summary>
/// Times each request and hands it to <see cref="RequestLog"/>; writes a line only when that says so. Our own rather
/// than Serilog's request-logging middleware, which opens a diagnostic context and a logger for every request — a
/// tenth of a cached request in the profile (docs/performance.md) — to write, here, almost never. The line keeps
/// that middleware's message and property names, so queries over the logs still match.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, ILogger<RequestLog> logger)
{
    private const string Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            Write(context, started, exception);
            throw;
        }
        Write(context, started, null);
    }

    private void Write(HttpContext context, long started, Exception? exception)
    {
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var level = log.LevelOf(context, elapsed, exception);
        if (level < LogEventLevel.Warning) return;
        var status = exception is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        var path = context.Request.Path.Value;
        // The reference a failed request's answer gives (its TraceIdentifier) and its connection, as the host's own
        // log scope gave them when it was on for every request (PortalSetup turns that off; docs/deploy.md).
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier, ["ConnectionId"] = context.Connection.Id });
        if (level == LogEventLevel.Error) logger.LogError(exception, Message, context.Request.Method, path, status, elapsed);
        else logger.LogWarning(Message, context.Request.Method, path, status, elapsed);
    }
}
