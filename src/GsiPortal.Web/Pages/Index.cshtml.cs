using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages;

public class IndexModel(ContentStore store) : PortalPage(store)
{
    public void OnGet() =>
        Info = new PageInfo("GsiPortal: the Global Security Initiative Concept Paper and commentaries",
            "Read, search and cite the Global Security Initiative Concept Paper (21 February 2023) part by part, with four published commentaries on it.", "/");
}
