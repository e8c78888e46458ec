using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>meaning</c> is the search page's parameter (<c>show</c>, <c>only</c>), which the API does not read: given to
/// <c>/api/search</c> or <c>/api/search/meaning</c>, it is refused with the reason, as a bad <c>page</c>, <c>kind</c> or
/// <c>doc</c> is. <c>/api/search?q=…&amp;meaning=banana</c> answered 200, as if it had been read (review 23, D11).
/// </summary>
public static class ApiMeaningParameter
{
    /// <summary>Why an API search giving <c>meaning</c> is refused; null where it is not given.</summary>
    public static string? Refused(IQueryCollection query) =>
        !query.ContainsKey("meaning") ? null
        : $"The API reads no meaning parameter (meaning={Shown(query["meaning"].ToString())} was given): it is the search page's. "
          + $"Each answer of {Routes.ApiSearch} gives foundByMeaningUrl where passages found by meaning may be added, "
          + $"{Routes.ApiSearchMeaning}?q=… with the same parameters. Leave meaning out.";

    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
