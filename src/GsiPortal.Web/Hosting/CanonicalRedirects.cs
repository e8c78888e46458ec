using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Alternative spellings of an address redirect permanently (308) to the canonical one, so that a link typed
/// or mangled elsewhere still lands: a trailing slash, upper case, a singular part name
/// (<c>/paper/commitment/4</c>) or a part's number (<c>/paper/ii/4</c>, <c>/paper/2/4</c>).
/// </summary>
public sealed class CanonicalRedirects(RequestDelegate next, ContentStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && Canonical(request.Path.Value ?? "/", store.Library.Paper) is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            // The path is re-encoded: it was decoded on the way in, and may hold anything a client sent.
            context.Response.Headers.Location = string.Join('/', canonical.Split('/').Select(Uri.EscapeDataString)) + request.QueryString.ToUriComponent();
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>The canonical spelling of a path, or null when it already is canonical (or names nothing we know).</summary>
    public static string? Canonical(string path, Paper paper)
    {
        // /ref/ keeps the paper's own upper-case numerals; the API and assets are matched as they are.
        if (path.StartsWith("/ref/", StringComparison.Ordinal) || path.StartsWith("/api/", StringComparison.Ordinal)
            || path.StartsWith("/css/", StringComparison.Ordinal) || path.StartsWith("/js/", StringComparison.Ordinal)) return null;
        var canonical = path.Length > 1 ? path.TrimEnd('/') : path;
        if (canonical.Length == 0) canonical = "/";
        canonical = canonical.ToLowerInvariant();
        var segments = canonical.Split('/');
        if (segments.Length is 3 or 4 && segments[1] == "paper" && PartSlug(paper, segments[2]) is { } slug)
            segments[2] = slug;
        canonical = string.Join('/', segments);
        return canonical == path ? null : canonical;
    }

    /// <summary>"commitment" or "ii" or "2" → "commitments"; null for what names no part.</summary>
    private static string? PartSlug(Paper paper, string key) =>
        paper.Parts.FirstOrDefault(p => p.Slug == key || (p.ItemNoun.Length > 0 && p.ItemNoun == key))?.Slug ?? paper.FindPart(key)?.Slug;
}
