using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GsiPortal.Web.Pages;

/// <summary>The page for a failure; re-executed with the failed request's method, so it answers every method.</summary>
public class ErrorModel(Edition edition) : PortalPage(edition)
{
    public string? RequestId { get; private set; }

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        RequestId = HttpContext.TraceIdentifier;
        Info = new PageInfo("Something went wrong — GsiPortal", "An error occurred.", Routes.Error);
    }
}
