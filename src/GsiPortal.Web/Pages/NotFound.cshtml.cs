using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages;

/// <summary>
/// The page for an address that names nothing, and for any other request the site could not serve: it is re-executed
/// with the original request's method and status, so it answers every method and says what the status means.
/// </summary>
public class NotFoundModel(Edition edition) : PortalPage(edition)
{
    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    /// <summary>Why the address names nothing or was refused, when what refused it said (<see cref="NotFoundReason"/>).</summary>
    public string? Reason { get; private set; }

    public string Heading => Status switch
    {
        StatusCodes.Status404NotFound => "Nothing at this address",
        StatusCodes.Status400BadRequest => "The request could not be read",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that kind of request",
        StatusCodes.Status413PayloadTooLarge => "The text sent is too long",
        StatusCodes.Status414UriTooLong => "The address is too long",
        StatusCodes.Status415UnsupportedMediaType => "The text was sent in a form this address does not read",
        StatusCodes.Status429TooManyRequests => "Too many requests for now",
        _ => "This request could not be served",
    };

    // A filter, not a handler: without [NonHandler] Razor Pages took it for a handler of a method named PAGE, and Allow said so.
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        // Reached directly, this page is itself "not found"; reached by re-execution, the status is already set.
        Status = Response.StatusCode is >= 400 and < 500 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        Reason = NotFoundReason.Of(HttpContext);
        // A method an endpoint does not take (routing's own 405): say which it does, as a page's refusal does.
        if (Status == StatusCodes.Status405MethodNotAllowed && Reason is null && Response.Headers.Allow.Count > 0
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } asked)
            Reason = $"{asked.OriginalPathBase}{asked.OriginalPath} answers {Response.Headers.Allow}, not that method.";
        Info = new PageInfo($"{Heading} — GsiPortal", Status == 404 ? "This address names nothing on GsiPortal." : Heading + ".", Routes.NotFound);
    }
}
