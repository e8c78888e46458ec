using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The edition one request reads, from its first middleware to its last byte: registered per request (scoped),
/// so page models, endpoints and the output cache's key all see the same version across a reload. Its lease ends
/// with the request, and only then may a retired edition be released.
/// </summary>
public sealed class RequestEdition : IDisposable
{
    private EditionLease? lease;

    public bool IsHeld => lease is not null;

    public Edition Edition => lease?.Edition
        ?? throw new InvalidOperationException("No edition is held for this request: EditionScope must run before anything reads the content.");

    internal void Hold(EditionLease taken) => lease = taken;

    public void Dispose() => lease?.Dispose();
}

/// <summary>
/// Takes the request's edition before anything reads content. Health endpoints and static files need none; at
/// start-up a request waits for the first edition (asynchronously), and is answered 503 if it takes too long.
/// </summary>
public sealed class EditionScope(RequestDelegate next, ContentStore store)
{
    public Task InvokeAsync(HttpContext context, RequestEdition edition)
    {
        if (edition.IsHeld || NeedsNoContent(context)) return next(context);
        // Once the first edition is in service, every request holds it at once and passes straight on, without an async
        // frame (docs/performance.md, seventeenth session); only at start-up does a request wait for it.
        if (store.TryLease() is { } lease)
        {
            edition.Hold(lease);
            return next(context);
        }
        return WaitAsync(context, edition);
    }

    private async Task WaitAsync(HttpContext context, RequestEdition edition)
    {
        if (await store.LeaseAsync(context.RequestAborted) is not { } lease)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.Headers.CacheControl = "no-store";
            await Results.Problem(title: "Starting up", detail: "The texts are still being loaded. Try again in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }
        edition.Hold(lease);
        await next(context);
    }

    private static bool NeedsNoContent(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Routes.Liveness) || context.Request.Path.StartsWithSegments(Routes.Readiness) || PortalCaching.IsStaticAsset(context);
}
