using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages;

public class ErrorModel(Edition edition) : PortalPage(edition)
{
    public string? RequestId { get; private set; }

    public void OnGet()
    {
        RequestId = HttpContext.TraceIdentifier;
        Info = new PageInfo("Something went wrong — GsiPortal", "An error occurred.", Routes.Error);
    }
}
