using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages;

public class NotFoundModel(Edition edition) : PortalPage(edition)
{
    public void OnGet()
    {
        // Reached directly, this page is itself "not found"; reached by re-execution, the status is already 404.
        Response.StatusCode = StatusCodes.Status404NotFound;
        Info = new PageInfo("Page not found — GsiPortal", "This address names nothing on GsiPortal.", Routes.NotFound);
    }
}
