using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Terms;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("Key terms — GsiPortal", "The key terms of the Global Security Initiative Concept Paper and its commentaries, with every occurrence.", Routes.Terms, "terms");
}
