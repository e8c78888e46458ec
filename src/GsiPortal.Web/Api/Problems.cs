using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>The API's RFC 9457 answers for what cannot be served, each with a reason a caller can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string address, string? hint = null) =>
        TypedResults.Problem(title: "Not found", detail: $"{address} names nothing. {hint ?? "See /api/paper and /api/commentaries."}", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
