using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.About;

/// <summary>What this edition is, where its texts come from, what the editors did to them, and how far to trust what the site computes.</summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("About this edition — GsiPortal",
            "What GsiPortal's edition of the Global Security Initiative Concept Paper and its commentaries is, how the texts were captured and edited, and how far to trust the computed cross-references.",
            Routes.About, "about");
}
