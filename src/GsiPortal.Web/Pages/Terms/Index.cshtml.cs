using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Terms;

public class IndexModel(ContentStore store) : PortalPage(store)
{
    public void OnGet() =>
        Info = new PageInfo("Key terms — GsiPortal", "The key terms of the Global Security Initiative Concept Paper and its commentaries, with every occurrence.", "/terms", "terms");
}
