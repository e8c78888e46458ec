using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>The API's RFC 9457 answers for what cannot be served, each with a reason a caller can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string address, string? hint = null) =>
        TypedResults.Problem(title: "Not found", detail: $"{address} names nothing. {hint ?? "See /api/paper and /api/commentaries."}", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// "Did you mean /api/commentaries/lei-kezhong?" for an address naming a text by an id that is none, as the
    /// not-found page suggests it; null otherwise.
    /// </summary>
    public static string? TextHint(GsiPortal.Core.Editions.Edition edition, string address) =>
        edition.Addresses.UnknownTextIn(address) is { Likely: [_, ..] likely } ? $"Did you mean {string.Join(" or ", likely.Select(t => t.Address))}?" : null;

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
