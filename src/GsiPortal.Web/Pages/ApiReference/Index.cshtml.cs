using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using Microsoft.AspNetCore.OpenApi;

namespace GsiPortal.Web.Pages.ApiReference;

/// <summary>The API for readers: the OpenAPI description the site serves, rendered here on the server, with nothing fetched from elsewhere.</summary>
public class IndexModel(Edition edition, [FromKeyedServices(ApiDescription.DocumentName)] IOpenApiDocumentProvider descriptions) : PortalPage(edition)
{
    public ApiReferenceView View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        View = ApiReferenceView.From(await descriptions.GetOpenApiDocumentAsync(HttpContext.RequestAborted));
        Info = new PageInfo("API reference — GsiPortal",
            "Every address of GsiPortal's data API: the texts, search, citations, cross-references, the quote check, embedding and the editions, with parameters, answers and examples.",
            Routes.ApiReference, "api");
    }
}
