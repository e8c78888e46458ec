using GsiPortal.Core.Search;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace GsiPortal.Web.Requests;

/// <summary>
/// The site's own limit on the length of an address (path and query, as sent). Kestrel refuses a request line past
/// its limit with an empty 414 that tells neither a reader nor a linking tool why, so Kestrel's limit
/// (<c>Kestrel:Limits:MaxRequestLineSize</c>, 32 KiB) is set well above this one: an address between the two reaches
/// the site and is answered 414 with the reason, in the site's page or as a problem document under <c>/api/</c>.
/// Only an address past Kestrel's limit still gets Kestrel's empty answer (docs/reliability.md).
/// </summary>
public static class AddressLength
{
    /// <summary>The longest address (path and query, as sent) the site reads: 8 KiB, Kestrel's own default.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Inside the error handlers, so that the page or problem document that says why is written by them.</summary>
    public static IApplicationBuilder UseAddressLengthLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var length = LengthOf(context);
        // The not-found page re-executed for this very refusal keeps the long original target: let it through (straight
        // on, as every address within the limit: no async frame of its own, docs/performance.md, seventeenth session).
        return length <= MaxTargetLength || context.Features.Get<IStatusCodeReExecuteFeature>() is not null ? next(context) : RefuseAsync(context, length);
    });

    private static async Task RefuseAsync(HttpContext context, int length)
    {
        var reason = Reason(length);
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        if (ApiProblems.IsApi(context))
        {
            await Results.Problem(title: "Address too long", detail: reason, statusCode: StatusCodes.Status414UriTooLong).ExecuteAsync(context);
            return;
        }
        // Nothing written: the status pages re-execute the site's own page, which states the reason.
        NotFoundReason.Set(context, reason);
    }

    /// <summary>What a reader or a caller is told.</summary>
    public static string Reason(int length) =>
        $"the address is {length:N0} characters long, and this site reads addresses of at most {MaxTargetLength:N0} "
        + $"(a search is at most {SearchLimits.MaxQueryLength:N0} characters).";

    private static int LengthOf(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(target)
            ? (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0)
            : target.Length;
    }
}
