using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("GsiPortal: the Global Security Initiative Concept Paper and commentaries",
            $"Read, search and cite the Global Security Initiative Concept Paper ({Paper.Date.Display}) part by part, with {Library.Commentaries.Count} published commentaries on it.", Routes.Home);
}
