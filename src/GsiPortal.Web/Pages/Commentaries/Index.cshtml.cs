using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Commentaries;

public class IndexModel(ContentStore store) : PortalPage(store)
{
    public void OnGet() =>
        Info = new PageInfo("Commentaries on the Global Security Initiative — GsiPortal",
            $"{Library.Commentaries.Count} published commentaries on the Global Security Initiative, with author, role, date and venue.", "/commentaries", "commentaries");
}
