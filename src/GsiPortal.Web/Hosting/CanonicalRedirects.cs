namespace GsiPortal.Web.Hosting;

/// <summary>
/// Alternative spellings of an address redirect permanently (308) to the canonical one, so that a link typed or
/// mangled elsewhere still lands: a trailing slash, upper case, a singular part name (<c>/paper/commitment/4</c>)
/// or a part's number (<c>/paper/ii/4</c>). The address book decides; the Location never leaves this site.
/// </summary>
public sealed class CanonicalRedirects(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RequestEdition edition)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && edition.IsHeld
            && edition.Edition.Addresses.Canonical(request.Path.Value ?? "/") is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            // The path is re-encoded: it was decoded on the way in, and may hold anything a client sent.
            context.Response.Headers.Location = request.PathBase.ToUriComponent() + string.Join('/', canonical.Split('/').Select(Uri.EscapeDataString)) + request.QueryString.ToUriComponent();
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Task.CompletedTask;
        }
        return next(context);
    }
}
