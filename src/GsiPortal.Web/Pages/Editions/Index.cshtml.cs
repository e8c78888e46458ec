using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Editions;

/// <summary>
/// Every edition with its date, the changes it brought and its downloads, newest first. Also the answer to an
/// edition address that cannot be served (404 unknown, 410 removed, 503 damaged archive), with the reason at the top.
/// </summary>
public class IndexModel(Edition edition, EditionArchiving archiving) : PortalPage(edition)
{
    public IReadOnlyList<EditionListItem> Editions { get; private set; } = [];

    /// <summary>Why the edition an address asked for is not served; null on the plain list.</summary>
    public EditionRefusal? Refusal { get; private set; }

    public void OnGet()
    {
        Refusal = EditionRefusal.Of(HttpContext);
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
            if (Refusal.Status == StatusCodes.Status503ServiceUnavailable && !Response.Headers.ContainsKey("Retry-After")) Response.Headers.RetryAfter = "300";
        }
        Editions = EditionListing.Of(archiving.Catalog, Library);
        Info = new PageInfo("Editions — GsiPortal",
            "Every edition of GsiPortal's texts, each readable at its own address for ever, with its date, its changes and its downloads.",
            Routes.Editions);
    }
}
