using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>/ref/II.4</c>: the paper's own numbering as a short reference, redirected permanently (308) to the page.
/// Roman or Arabic part numbers, any case: <c>/ref/ii.4</c>, <c>/ref/2.4</c>, <c>/ref/I</c>. The address book reads them.
/// </summary>
public static class ReferenceRedirects
{
    public static void MapReferenceRedirects(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.Reference + "/{reference}", Redirect).ExcludeFromDescription();

    public static Results<RedirectHttpResult, NotFound> Redirect(string reference, Edition edition) =>
        edition.Addresses.ResolveReference(reference) is { Kind: PassageKind.Part or PassageKind.Item } passage
            ? TypedResults.Redirect(passage.Address, permanent: true, preserveMethod: true)
            : TypedResults.NotFound();
}
