using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// What a request's work may cost (issue #21): it stops when the client has gone (<c>RequestAborted</c>) or when
/// <see cref="PortalOptions.RequestBudgetMilliseconds"/> have passed, whichever comes first. Handlers with work that
/// grows with their input (the quote check, the quote audit) pass <see cref="Of"/> down to the core, which checks it
/// between steps. The budget starts when a handler first asks for it, after the body is read.
/// </summary>
public sealed class RequestBudget : IDisposable
{
    private static readonly object Key = new();
    private readonly CancellationTokenSource timer;
    private readonly CancellationTokenSource source;
    private readonly CancellationToken aborted;

    private RequestBudget(CancellationToken aborted, TimeSpan budget, TimeProvider clock)
    {
        this.aborted = aborted;
        // The budget's timer comes from the host's clock, so that a test can spend the budget at a moment it chooses
        // instead of racing a millisecond's timer against the work (which a quick machine can win).
        timer = new CancellationTokenSource(budget, clock);
        source = CancellationTokenSource.CreateLinkedTokenSource(aborted, timer.Token);
    }

    public TimeSpan Budget { get; private init; }

    /// <summary>Cancelled when the client goes or the budget is spent.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>The time ran out while the client was still waiting.</summary>
    public bool Spent => source.IsCancellationRequested && !aborted.IsCancellationRequested;

    /// <summary>This request's budget, started on first use.</summary>
    public static RequestBudget For(HttpContext context)
    {
        if (context.Items[Key] is RequestBudget budget) return budget;
        var milliseconds = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.RequestBudgetMilliseconds;
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        budget = new RequestBudget(context.RequestAborted, TimeSpan.FromMilliseconds(milliseconds), clock) { Budget = TimeSpan.FromMilliseconds(milliseconds) };
        context.Items[Key] = budget;
        context.Response.RegisterForDispose(budget);
        return budget;
    }

    public static CancellationToken Of(HttpContext context) => For(context).Token;

    /// <summary>Whether this exception is the budget running out (or a pattern's own guard timing out) rather than a fault.</summary>
    public static bool IsSpent(HttpContext context, Exception exception) => exception switch
    {
        RegexMatchTimeoutException => true,
        OperationCanceledException => context.Items[Key] is RequestBudget { Spent: true },
        _ => false,
    };

    /// <summary>What a reader or a caller is told when the time ran out.</summary>
    public static string Explanation(HttpContext context) =>
        $"The work took longer than the {For(context).Budget.TotalSeconds:0.#} seconds a request may take here; the server may be busy. "
        + "Try again in a few seconds, or send a shorter text.";

    public void Dispose()
    {
        source.Dispose();
        timer.Dispose();
    }
}

public static class RequestBudgetSetup
{
    /// <summary>Seconds a client is asked to wait after its request ran out of time.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// Inside the error handlers: a request whose budget ran out answers 503 with a problem document, Retry-After and
    /// what to do; one whose client has gone ends quietly (nobody is there to read an answer, and it is not a fault).
    /// </summary>
    public static IApplicationBuilder UseRequestBudget(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (RequestBudget.IsSpent(context, e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            await Results.Problem(title: "Out of time", detail: RequestBudget.Explanation(context), statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: 499 (nginx's "client closed request") for the counts, no page written for it.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            if (!context.Response.HasStarted) context.Response.StatusCode = 499;
        }
    });
}
