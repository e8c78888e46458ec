using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Every address answers exactly the methods it serves. HEAD is answered like GET without a body everywhere — pages,
/// the API, <c>/oembed</c>, <c>/cite</c>, <c>/ref</c>, downloads, sitemap, robots — because link checkers and caches
/// send it and minimal API routes match GET only. Any other method on a page (POST, PUT, TRACE, an invented one)
/// answers 405 with <c>Allow</c>: a page without a handler for it would otherwise render with an empty model.
/// </summary>
public static class RequestMethods
{
    private const string OriginalMethod = "gsiportal.method";

    // A GET passes straight on, without an async state machine of its own: every request passes about twenty such
    // layers, and their frames were a few per cent of a distinct search's CPU (docs/performance.md, seventeenth session).
    /// <summary>Before routing: a HEAD request is routed and served as a GET whose body is discarded.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
        HttpMethods.IsHead(context.Request.Method) ? AsGetAsync(context, next) : next(context));

    private static async Task AsGetAsync(HttpContext context, RequestDelegate next)
    {
        context.Items[OriginalMethod] = context.Request.Method;
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }

    // Anything but a page asked with another method than GET passes straight on (as UseHeadAsGet).
    /// <summary>After routing: a page asked with a method it has no handler for answers 405 with what it allows.</summary>
    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var page = context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        return page is null || reExecuted || HttpMethods.IsGet(context.Request.Method) ? next(context) : RefuseOtherMethodsAsync(context, next, page);
    });

    private static async Task RefuseOtherMethodsAsync(HttpContext context, RequestDelegate next, CompiledPageActionDescriptor page)
    {
        var handled = page.HandlerMethods.Select(h => h.HttpMethod).Where(m => m is not null).Select(m => m!.ToUpperInvariant());
        var allowed = new[] { HttpMethods.Get, HttpMethods.Head }.Concat(handled).Distinct().ToArray();
        if (allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = string.Join(", ", allowed);
        // No body of its own (it was a line of plain text): the site's 405 follows, as for every other address — its page
        // with this reason, or a problem document for a program that asks for JSON (UseMethodRefusalForPrograms).
        Pages.NotFoundReason.Set(context, $"{context.Request.Path} is a page: it answers {string.Join(", ", allowed)}, not {Printable(context.Request.Method)}.");
    }

    /// <summary>
    /// Inside the site's status pages: a 405 asked by a program that prefers JSON (<see cref="PageNegotiation.PrefersJson"/>)
    /// is answered a problem document, with the same <c>Allow</c>, rather than the reader's page. The programs' own
    /// addresses (<see cref="ApiProblems.IsApi"/>) always answer so.
    /// </summary>
    public static IApplicationBuilder UseMethodRefusalForPrograms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted
            && PageNegotiation.PrefersJson(context.Request.Headers.Accept))
            await ApiProblems.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, null);
    });

    /// <summary>
    /// Razor Pages answers OPTIONS to a page that has no <c>OnOptions</c> handler with an empty 200 (its own
    /// <c>HandleOptionsRequestsPageFilter</c>, put on every page). That undid the 405 above: the refusal is re-executed
    /// as the site's status page, with the request's method, and that page, asked OPTIONS, answered 200 with nothing —
    /// so <c>OPTIONS /</c> and <c>OPTIONS /nothing</c> were "OK" where every other method, and the API, say 405 with
    /// <c>Allow</c>. Without the filter OPTIONS is a method like any other here: a page answers what it allows, and the
    /// status page renders for it as it does for PUT.
    /// </summary>
    public sealed class OptionsLikeAnyOtherMethod : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            foreach (var shortcut in model.Filters.Where(f => f.GetType().Name == "HandleOptionsRequestsPageFilter").ToList())
                model.Filters.Remove(shortcut);
        }
    }

    private static string Printable(string method) => method.Length <= 20 && method.All(char.IsAsciiLetter) ? method : "that method";
}
