using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>GET /cite/{path}?format=bibtex|ris|csl-json|chicago|apa|mla</c>, narrowed with <c>&amp;at=s2-s3</c> (any fragment
/// the page answers: <c>p5</c>, <c>p4-p6</c>, <c>p5-s2</c>) or <c>&amp;sentence=2</c>: the same citation the Cite panel
/// shows, as a download with the format's media type.
/// </summary>
public static class CiteApi
{
    public static void MapCiteApi(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.Cite + "/{**path}", Cite).WithTags("Citations").WithName("Cite").WithSummary("A citation of a document, part, item, paragraph or sentences.");

    public static Results<ContentHttpResult, ProblemHttpResult> Cite(string path, string? format, string? sentence, string? at, HttpContext context, Edition edition)
    {
        if (CitationFormats.Parse(format ?? "chicago") is not { } chosen)
            return Problems.BadRequest("Unknown citation format", $"format must be one of: {string.Join(", ", CitationFormats.All.Select(CitationFormats.Key))}.");
        string? fragment = at;
        if (!string.IsNullOrEmpty(sentence))
        {
            if (!IsSentenceSpan(sentence)) return Problems.BadRequest("Invalid sentence", "sentence must be a whole number from 1, or a range such as 2-3.");
            fragment = "s" + sentence.Replace("-", "-s", StringComparison.Ordinal);
        }
        if (edition.Addresses.Resolve("/" + path.Trim('/'), fragment) is not { } passage)
            return TypedResults.Problem(title: "Nothing to cite at this address", statusCode: StatusCodes.Status404NotFound,
                detail: $"/{path.TrimStart('/')} names no item, part or commentary{(fragment is null ? "" : $" with the passage '{fragment}'")}.");
        var citation = edition.Citations.For(passage, chosen, SiteOrigin.Of(context), SiteOrigin.Today(context));
        PortalCors.AddLicenseLink(context);
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{CitationPlace.Key(passage)}.{CitationFormats.FileExtension(chosen)}\"";
        return TypedResults.Text(citation.Text, CitationFormats.MediaType(chosen) + "; charset=utf-8");
    }

    private static bool IsSentenceSpan(string text) =>
        text.Split('-') is var ends && ends.Length <= 2 && ends.All(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1);
}
