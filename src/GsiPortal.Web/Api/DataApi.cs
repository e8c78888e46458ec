using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static GsiPortal.Web.Api.DataContracts;

namespace GsiPortal.Web.Api;

/// <summary>
/// The texts as data: <c>/api/paper</c>, <c>/api/paper/{part}</c>, <c>/api/paper/{part}/{n}</c>, <c>/api/commentaries</c>,
/// <c>/api/commentaries/{id}</c>. ETag and Cache-Control come from the caching middleware; what does not exist is 404 problem+json.
/// </summary>
public static class DataApi
{
    public static void MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Routes.Api).WithTags(ApiTags.Texts);
        api.MapGet("/paper", GetPaper).WithName("GetPaper").WithSummary("The whole paper: parts, items, paragraphs, sentences, with ids and addresses.");
        api.MapGet("/paper/{part}", GetPart).WithName("GetPart").WithSummary("One part: background, commitments, priorities or platforms.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/paper/{part}/{number}", GetItem).WithName("GetItem").WithSummary("One numbered item, e.g. /api/paper/commitments/4.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/commentaries", ListCommentaries).WithName("ListCommentaries").WithSummary("The commentaries, oldest first.");
        api.MapGet("/commentaries/{id}", GetCommentary).WithName("GetCommentary").WithSummary("One commentary with its numbered paragraphs.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Ok<PaperDto> GetPaper(Edition edition) => TypedResults.Ok(Paper(edition.Paper));

    public static Results<Ok<PartDto>, ProblemHttpResult> GetPart(string part, Edition edition) =>
        edition.Addresses.FindPart(part) is { } found ? TypedResults.Ok(Part(found)) : Problems.NotFound($"{Routes.Api}/paper/{part}");

    public static Results<Ok<ItemDto>, ProblemHttpResult> GetItem(string part, string number, Edition edition) =>
        edition.Addresses.FindItem(part, number) is { } item ? TypedResults.Ok(Item(item)) : Problems.NotFound($"{Routes.Api}/paper/{part}/{number}", Beyond(edition, part, number));

    /// <summary>
    /// "Part II has 6 commitments: there is no commitment 99. The last is /api/paper/commitments/6", as the page
    /// <c>/paper/commitments/99</c> says it (a fresh-eyes review found the API saying only "names nothing"); null when the
    /// part is unknown or the number is not one.
    /// </summary>
    private static string? Beyond(Edition edition, string part, string number) =>
        edition.Addresses.ItemBeyondIn($"{Routes.Paper}/{part}/{number}") is { } beyond
            ? $"Part {beyond.Part.Numeral} has {GsiPortal.Web.Pages.NotFoundModel.Count(beyond.Part)}: there is no {beyond.Part.ItemNoun} {beyond.Asked}. "
              + $"The last is {Routes.Api}{beyond.LastItemAddress}; the whole part is {Routes.Api}{beyond.PartAddress}."
            : null;

    public static Ok<IReadOnlyList<CommentarySummaryDto>> ListCommentaries(Edition edition) =>
        TypedResults.Ok<IReadOnlyList<CommentarySummaryDto>>(edition.Library.Commentaries.Select(c => Summary(c, edition.Paper)).ToList());

    public static Results<Ok<CommentaryDto>, ProblemHttpResult> GetCommentary(string id, Edition edition) =>
        edition.Addresses.FindCommentary(id) is { } c ? TypedResults.Ok(Commentary(c, edition.Paper)) : Problems.NotFound($"{Routes.Api}/commentaries/{id}", Problems.TextHint(edition, $"{Routes.Api}/commentaries/{id}"));
}
