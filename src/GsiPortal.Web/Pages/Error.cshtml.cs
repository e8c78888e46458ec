using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages;

/// <summary>The page for a failure; re-executed with the failed request's method, so it answers every method.</summary>
public class ErrorModel(Edition edition) : PortalPage(edition)
{
    public string? RequestId { get; private set; }

    // A filter, not a handler: without [NonHandler] Razor Pages took it for a handler of a method named PAGE, and Allow said so.
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        RequestId = HttpContext.TraceIdentifier;
        Info = new PageInfo("Something went wrong — GsiPortal", "An error occurred.", Routes.Error);
    }
}
