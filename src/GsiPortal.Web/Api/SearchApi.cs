using GsiPortal.Core.Search;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary><c>GET /api/search</c> and <c>GET /api/suggest</c>: the search as JSON; refused queries answer 400 problem+json.</summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, string? kind, string? doc, string? page, ContentStore store, ILoggerFactory logs) =>
        {
            if (!TryPage(page, out var pageNumber))
                return Results.Problem(title: "Invalid page", detail: "page must be a whole number from 1.", statusCode: 400);
            try
            {
                var response = store.Index.Search(new SearchRequest(q, Empty(kind), Empty(doc), pageNumber));
                logs.CreateLogger("Search").LogInformation("Search of {QueryLength} characters found {Total}", response.Query.Length, response.Total);
                return Results.Json(new
                {
                    query = response.Query,
                    total = response.Total,
                    corrected = response.Corrected,
                    correctedSearched = response.SearchedCorrected,
                    page = response.Page,
                    pageCount = response.PageCount,
                    facets = new { kind = response.KindCounts, document = response.DocumentCounts },
                    results = response.Hits.Select(h => new { id = h.Id, kind = h.Kind, title = h.Title, document = h.Document, url = h.Url, location = h.Location, snippet = h.Snippet }),
                });
            }
            catch (InvalidSearchException e)
            {
                return Results.Problem(title: "Invalid search", detail: e.Message, statusCode: 400);
            }
        });

        app.MapGet("/api/suggest", (string? q, ContentStore store) =>
            Results.Json(store.Index.Suggest(q).Select(s => new { text = s.Text, url = s.Url })));
    }

    public static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static bool TryPage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page) && page >= 1);
    }
}
