using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// The texts as data: <c>/api/paper</c>, <c>/api/paper/{part}</c>, <c>/api/paper/{part}/{n}</c>, <c>/api/commentaries</c>,
/// <c>/api/commentaries/{id}</c>. ETag and Cache-Control come from the caching middleware; what does not exist is 404 problem+json.
/// </summary>
public static class DataApi
{
    public static void MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Texts");
        api.MapGet("/paper", (ContentStore store) => Results.Json(PaperDocuments.Paper(store.Library.Paper)))
            .WithName("GetPaper").WithSummary("The whole paper: parts, items, paragraphs, sentences, with ids and addresses.");
        api.MapGet("/paper/{part}", (string part, ContentStore store) =>
                store.Library.Paper.Parts.FirstOrDefault(p => p.Slug == part) is { } found ? Results.Json(PaperDocuments.Part(found)) : Missing($"/api/paper/{part}"))
            .WithName("GetPart").WithSummary("One part: background, commitments, priorities or platforms.");
        api.MapGet("/paper/{part}/{number}", (string part, string number, ContentStore store) =>
                int.TryParse(number, out var n) && store.Library.Paper.Parts.FirstOrDefault(p => p.Slug == part)?.FindItem(n) is { } item
                    ? Results.Json(PaperDocuments.Item(item)) : Missing($"/api/paper/{part}/{number}"))
            .WithName("GetItem").WithSummary("One numbered item, e.g. /api/paper/commitments/4.");
        api.MapGet("/commentaries", (ContentStore store) =>
                Results.Json(store.Library.Commentaries.Select(c => new { document = PaperDocuments.Meta(c), predatesPaper = c.PredatesPaper(store.Library.Paper), paragraphs = c.Paragraphs.Count })))
            .WithName("ListCommentaries").WithSummary("The commentaries, oldest first.");
        api.MapGet("/commentaries/{id}", (string id, ContentStore store) =>
                store.Library.FindCommentary(id) is { } c ? Results.Json(PaperDocuments.Commentary(c, store.Library.Paper)) : Missing($"/api/commentaries/{id}"))
            .WithName("GetCommentary").WithSummary("One commentary with its numbered paragraphs.");
    }

    public static IResult Missing(string address) =>
        Results.Problem(title: "Not found", detail: $"{address} names nothing. See /api/paper and /api/commentaries.", statusCode: StatusCodes.Status404NotFound);
}
