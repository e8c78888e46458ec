using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>/ref/II.4</c>: the paper's own numbering as a short reference, redirected permanently (308) to the page.
/// Roman or Arabic part numbers, any case: <c>/ref/ii.4</c>, <c>/ref/2.4</c>, <c>/ref/I</c>; and every other form the
/// one reference grammar reads, a sentence or paragraph included (<c>/ref/II.4:s2</c>, <c>/ref/II.4.3</c>, <c>/ref/Khokhar ¶4</c>): the
/// redirect then carries the fragment, which browsers keep (RFC 9110 §10.2.2). Several items of one part (<c>/ref/II.4-II.5</c>)
/// go to the part's page at the first.
/// </summary>
public static class ReferenceRedirects
{
    public static void MapReferenceRedirects(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.Reference + "/{reference}", Redirect).WithTags(ApiTags.Embedding).WithName("ShortReference")
            .WithSummary("A passage by a short reference (II.4, iii.12, I, II.4:s2, Khokhar ¶4), redirected to its page and fragment.")
            .Produces(StatusCodes.Status308PermanentRedirect).Produces(StatusCodes.Status404NotFound, contentType: "text/html");

    public static Results<RedirectHttpResult, NotFound> Redirect(string reference, Edition edition, HttpContext context)
    {
        var reading = edition.Addresses.References.Read(reference);
        if (reading.Names) return TypedResults.Redirect(AddressBook.AddressOf(reading.Passages), permanent: true, preserveMethod: true);
        // The not-found page says why ("the paper has twenty priorities"), as the API does, instead of a bare "nothing here".
        NotFoundReason.Set(context, reading.Reason!);
        return TypedResults.NotFound();
    }
}
