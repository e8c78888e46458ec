using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Commentaries;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("Commentaries on the Global Security Initiative — GsiPortal",
            $"{Library.Commentaries.Count} published commentaries on the Global Security Initiative, with author, role, date and venue.", Routes.Commentaries, "commentaries");
}
