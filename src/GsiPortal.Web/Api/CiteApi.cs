using GsiPortal.Core.Citations;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>GET /cite/{path}?format=bibtex|ris|csl-json|chicago|apa|mla[&amp;sentence=n]</c>: the same citation the Cite
/// panel shows, as a download with the format's media type.
/// </summary>
public static class CiteApi
{
    public static void MapCiteApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/cite/{**path}", (string path, string? format, string? sentence, HttpContext context, ContentStore store) =>
        {
            if (CitationFormats.Parse(format ?? "chicago") is not { } chosen)
                return Results.Problem(title: "Unknown citation format", statusCode: 400,
                    detail: $"format must be one of: {string.Join(", ", CitationFormats.All.Select(CitationFormats.Key))}.");
            int? sentenceNumber = null;
            if (!string.IsNullOrEmpty(sentence))
            {
                if (!int.TryParse(sentence, out var n) || n < 1) return Results.Problem(title: "Invalid sentence", detail: "sentence must be a whole number from 1.", statusCode: 400);
                sentenceNumber = n;
            }
            if (CitationTarget.Find(store.Library, path, sentenceNumber) is not { } target)
                return Results.Problem(title: "Nothing to cite at this address", detail: $"/{path.TrimStart('/')} names no item, part or commentary{(sentenceNumber is null ? "" : " with that sentence")}.", statusCode: 404);
            var citation = CitationBuilder.Build(target, chosen, SiteOrigin.Of(context), SiteOrigin.Today(context));
            context.Response.Headers.ContentDisposition = $"inline; filename=\"{target.Key}.{CitationFormats.FileExtension(chosen)}\"";
            return Results.Text(citation.Text, CitationFormats.MediaType(chosen) + "; charset=utf-8");
        });
}
