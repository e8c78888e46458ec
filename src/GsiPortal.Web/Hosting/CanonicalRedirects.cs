using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Alternative spellings of an address redirect permanently (308) to the canonical one, so that a link typed or
/// mangled elsewhere still lands: a trailing slash, upper case, a singular part name (<c>/paper/commitment/4</c>)
/// or a part's number (<c>/paper/ii/4</c>). The address book decides; the Location never leaves this site.
/// An encoded slash (<c>/Paper%2FCommitments</c>, which the server leaves encoded) is not redirected: it is part of a
/// segment's name, not a separator (RFC 3986, 2.2), so the address is one segment that names nothing, answered with
/// the helpful 404. Redirecting it to <c>/paper/commitments</c> would make two spellings of a path mean the same here
/// that proxies and caches keep apart; lower-casing it gave <c>/paper%252fcommitments</c> (issue #21).
/// </summary>
public sealed class CanonicalRedirects(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RequestEdition edition)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && edition.IsHeld
            && request.Path.Value?.Contains("%2F", StringComparison.OrdinalIgnoreCase) != true
            && (ShortReference(context, edition.Edition) ?? edition.Edition.Addresses.Canonical(request.Path.Value ?? "/")) is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            // The path is re-encoded: it was decoded on the way in, and may hold anything a client sent.
            // A reference's fragment (/paper/II.4:s2 → …/commitments/4#s2) follows the query, as a URL's does. Only one the
            // address book added: a '#' the client sent (as %23, decoded on the way in) is part of a segment, escaped
            // with it (a fuzzed path holding %23 and a control character was answered 500, the header refused).
            var hash = request.Path.Value?.Contains('#') == true ? -1 : canonical.IndexOf('#');
            var (path, fragment) = hash < 0 ? (canonical, "") : (canonical[..hash], "#" + Uri.EscapeDataString(canonical[(hash + 1)..]));
            context.Response.Headers.Location = request.PathBase.ToUriComponent() + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + request.QueryString.ToUriComponent() + fragment;
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>
    /// A short reference typed straight after the host (<c>/II.4</c>, <c>/III.12:s2</c>, <c>/Khokhar ¶4</c>): where
    /// <c>/ref/</c> sends it. Only an address that routes nowhere, so no page's own address is ever read as one; it
    /// was lowered to <c>/ii.4</c>, a 404 after a redirect (review 18, D8).
    /// </summary>
    private static string? ShortReference(HttpContext context, Edition edition)
    {
        var path = context.Request.Path.Value;
        if (context.GetEndpoint() is not null || path is null || path.Length < 2 || path.IndexOf('/', 1) >= 0) return null;
        var reading = edition.Addresses.References.Read(path[1..]);
        return reading.Names ? AddressBook.AddressOf(reading.Passages) : null;
    }
}
