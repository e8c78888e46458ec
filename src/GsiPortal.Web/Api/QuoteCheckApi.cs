using GsiPortal.Core.Quotes;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary><c>POST /api/quote-check</c> with <c>{"text": "…"}</c>: is the passage word for word in a text, and where.</summary>
public static class QuoteCheckApi
{
    public sealed record QuoteCheckRequest(string? Text);

    public static void MapQuoteCheckApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/quote-check", (QuoteCheckRequest? request, ContentStore store) =>
        {
            try
            {
                var result = store.Current.Quotes.Check(request?.Text);
                return Results.Json(new
                {
                    verdict = result.Verdict switch { QuoteVerdict.Exact => "exact", QuoteVerdict.Close => "close", _ => "not-found" },
                    matches = result.Matches.Select(m => new
                    {
                        document = m.Paragraph.Document.Id,
                        paragraph = m.Paragraph.Anchor,
                        url = m.Url,
                        text = m.SourceText,
                        similarity = Math.Round(m.Similarity, 3),
                        changedWords = m.ChangedWords,
                        differences = m.DifferenceHtml,
                    }),
                });
            }
            catch (InvalidQuoteException e)
            {
                return Results.Problem(title: "Nothing to check", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).WithTags("Quote check").WithName("CheckQuote").WithSummary("Checks whether a passage stands word for word in the paper or a commentary.");
}
