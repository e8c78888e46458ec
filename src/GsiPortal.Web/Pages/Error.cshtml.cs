using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages;

public class ErrorModel(ContentStore store) : PortalPage(store)
{
    public string? RequestId { get; private set; }

    public void OnGet()
    {
        RequestId = HttpContext.TraceIdentifier;
        Info = new PageInfo("Something went wrong — GsiPortal", "An error occurred.", "/error");
    }
}
