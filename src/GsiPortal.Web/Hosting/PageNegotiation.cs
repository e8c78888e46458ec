using GsiPortal.Core.Addresses;
using GsiPortal.Web.Api;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Content negotiation on the text pages (the paper, its parts and items, the commentaries), as legislation.gov.uk
/// does it: a request whose Accept header prefers <c>application/json</c> to HTML is answered the page's JSON — the
/// same answer as <c>/api/passages?address=…</c> — at the page's own address. The HTML says so with
/// <c>Vary: Accept</c>, so that a shared cache keeps the two apart, and each page links its JSON with
/// <c>rel="alternate"</c> (<see cref="Pages.PageInfo.Alternates"/>).
/// </summary>
public sealed class PageNegotiation(RequestDelegate next)
{
    public const string JsonMediaType = "application/json";

    public Task InvokeAsync(HttpContext context, RequestEdition edition)
    {
        var request = context.Request;
        // Static files and health checks hold no edition, and are no text page.
        if (!edition.IsHeld || (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))) return next(context);
        if (request.Path.StartsWithSegments(Routes.Api) || edition.Edition.Addresses.Resolve(request.Path.Value ?? "") is not { } passage
            || passage.Kind is not (PassageKind.Document or PassageKind.Part or PassageKind.Item))
            return next(context);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            return Task.CompletedTask;
        });
        if (!PrefersJson(request.Headers.Accept)) return next(context);
        var result = PassageApi.Get(passage.Address, null, request.Query["style"], context, edition.Edition);
        return result.Result.ExecuteAsync(context);
    }

    /// <summary>
    /// Whether JSON is named, with a higher quality than HTML gets (by name, text/* or */*): a browser's Accept, with
    /// text/html first, is not; nor is curl's */*; "application/json" alone, or before "*/*;q=0.5", is.
    /// </summary>
    public static bool PrefersJson(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types)) return false;
        static bool Is(Microsoft.Extensions.Primitives.StringSegment part, string value) => part.Equals(value, StringComparison.OrdinalIgnoreCase);
        var json = types.Where(t => Is(t.Type, "application") && Is(t.SubType, "json")).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = types.Where(t => Is(t.Type, "*") || (Is(t.Type, "text") && (Is(t.SubType, "*") || Is(t.SubType, "html")))).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        return json > 0 && json > html;
    }

    /// <summary>
    /// Whether HTML is named (text/html or application/xhtml+xml) with a higher quality than any JSON named
    /// (application/json, application/problem+json, application/*): a browser's Accept is; curl's */* and an API
    /// client's application/json are not. For the programs' addresses a reader may open in a browser (/download).
    /// </summary>
    public static bool PrefersHtml(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types)) return false;
        static bool Is(Microsoft.Extensions.Primitives.StringSegment part, string value) => part.Equals(value, StringComparison.OrdinalIgnoreCase);
        var html = types.Where(t => (Is(t.Type, "text") && Is(t.SubType, "html")) || (Is(t.Type, "application") && Is(t.SubType, "xhtml+xml")))
            .Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = types.Where(t => Is(t.Type, "application") && (Is(t.SubType, "json") || Is(t.SubType, "problem+json") || Is(t.SubType, "*")))
            .Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html > json;
    }
}
