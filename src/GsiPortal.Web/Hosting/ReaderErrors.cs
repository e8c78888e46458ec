using GsiPortal.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// A program's address opened in a browser (<see cref="ApiProblems.IsForReader(HttpContext)"/>): an endpoint's problem answer (a
/// citation of nothing, an unknown format) becomes the reader's error page, which says the same reason and suggests
/// what was meant, instead of a JSON document a browser shows as code. The status is kept; the problem's detail is
/// handed to the page (<see cref="NotFoundReason.SetProblem"/>), and the status pages write the page for the empty
/// answer. A program keeps the problem document. Both say <c>Vary: Accept</c>, so a shared cache keeps them apart.
/// </summary>
public static class ReaderErrors
{
    public static TBuilder WithReaderErrors<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((invocation, next) =>
        {
            // An endpoint that answered at once (a search does) is looked at without an async frame (docs/performance.md,
            // seventeenth session).
            var pending = next(invocation);
            return pending.IsCompletedSuccessfully ? ValueTask.FromResult(Answer(invocation.HttpContext, pending.Result)) : AnswerAsync(invocation.HttpContext, pending);
        });

    private static async ValueTask<object?> AnswerAsync(HttpContext context, ValueTask<object?> pending) => Answer(context, await pending);

    private static object? Answer(HttpContext context, object? result)
    {
        if (Problem(result) is not { } problem) return result;
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!ApiProblems.IsForReader(context)) return result;
        if (problem.ProblemDetails.Detail is { Length: > 0 } detail) NotFoundReason.SetProblem(context, detail);
        return TypedResults.StatusCode(problem.StatusCode);
    }

    /// <summary>The problem answer of a client error, however the handler typed its result (a union wraps it).</summary>
    private static ProblemHttpResult? Problem(object? result) => result switch
    {
        ProblemHttpResult { StatusCode: >= 400 and < 500 } problem => problem,
        INestedHttpResult nested => Problem(nested.Result),
        _ => null,
    };
}
