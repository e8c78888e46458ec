using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.References;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>POST /api/references</c> with <c>{"text": "…"}</c> (or <c>GET ?text=…</c> for a short text): every reference to the
/// paper or a commentary in the text, as the one reference grammar reads them, with its span (UTF-16 offsets, as
/// scripts count), its place, canonical address and title; and apart, what is written as a reference but names
/// nothing, with the reason. The linker script asks this. Open to every origin; capped, linear, cancelled when the
/// caller leaves, bounded in time, and rate-limited like the rest of the API.
/// </summary>
public static class ReferencesApi
{
    public sealed record ReferencesRequest(string? Text);
    /// <summary><c>complete</c> is false when the time budget ran out before the end of the text.</summary>
    public sealed record ReferencesAnswer(IReadOnlyList<ReferenceAnswer> References, IReadOnlyList<UnresolvedAnswer> Unresolved, bool Complete);
    /// <summary>One reference: where it stands in the text; <c>locator</c>, <c>address</c>, <c>url</c> and <c>title</c> of the
    /// passage to link (the first, for a range or list), and every passage it names.</summary>
    public sealed record ReferenceAnswer(int Start, int Length, string Text, Locator Locator, string Address, string Url, string Title, IReadOnlyList<PassageAnswer> Passages);
    public sealed record PassageAnswer(Locator Locator, string Address, string Url, string Title);
    public sealed record UnresolvedAnswer(int Start, int Length, string Text, string Reason);

    public static void MapReferencesPost(this IEndpointRouteBuilder app) =>
        app.MapPost(Routes.ApiReferences, Post).WithTags(ApiTags.Texts).WithName("FindReferences")
            .WithSummary("Every reference to the paper or a commentary in a text, with its span, place, address and title.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static void MapReferencesGet(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.ApiReferences, Get).WithTags(ApiTags.Texts).WithName("FindReferencesInShortText")
            .WithSummary($"The same for a short text in the address (text=, at most {ReferenceLimits.MaxQueryTextLength} characters).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static Results<Ok<ReferencesAnswer>, ProblemHttpResult> Post(ReferencesRequest? request, HttpContext context, Edition edition) =>
        Answer(request?.Text, ReferenceLimits.MaxTextLength, "Send at most {0:N0} characters at a time: split a longer text.", context, edition);

    public static Results<Ok<ReferencesAnswer>, ProblemHttpResult> Get(string? text, HttpContext context, Edition edition) =>
        Answer(text, ReferenceLimits.MaxQueryTextLength, "A text in the address may be at most {0:N0} characters; POST a longer one as {{\"text\": \"…\"}}.", context, edition);

    private static Results<Ok<ReferencesAnswer>, ProblemHttpResult> Answer(string? text, int limit, string tooLong, HttpContext context, Edition edition)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Problems.BadRequest("Nothing to read", "Send a text: POST {\"text\": \"…\"}, or GET ?text=… for a short one.");
        if (text.Length > limit)
            return TypedResults.Problem(title: "Text too long", detail: $"The text is {text.Length:N0} characters long. " + string.Format(System.Globalization.CultureInfo.InvariantCulture, tooLong, limit),
                statusCode: StatusCodes.Status413PayloadTooLarge);
        var found = edition.Addresses.References.Find(text, ReferenceLimits.Budget, context.RequestAborted);
        var origin = SiteOrigin.Of(context);
        PassageAnswer Passage(Passage p) => new(p.Locator, p.Address, origin + p.Address, p.Title);
        ReferenceAnswer Reference(FoundReference f)
        {
            var passages = f.Passages.Select(Passage).ToList();
            var first = passages[0];
            // A range or list of items is titled as written ("priorities 3–5"); its link is its first passage.
            return new ReferenceAnswer(f.Start, f.Length, f.Text, first.Locator, first.Address, first.Url, passages.Count == 1 ? first.Title : f.Text, passages);
        }
        return TypedResults.Ok(new ReferencesAnswer(
            found.Found.Select(Reference).ToList(),
            found.Unresolved.Select(u => new UnresolvedAnswer(u.Start, u.Length, u.Text, u.Reason)).ToList(),
            found.Complete));
    }
}
