using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Text;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary><c>POST /api/quote-check</c> with <c>{"text": "…"}</c>: is the passage word for word in a text, and where.</summary>
public static class QuoteCheckApi
{
    public sealed record QuoteCheckRequest(string? Text);
    public sealed record QuoteCheckAnswer(string Verdict, IReadOnlyList<QuoteMatchAnswer> Matches);
    /// <summary>Where the passage was found; the differences as HTML and as steps (first: the passage checked; second: the text).</summary>
    public sealed record QuoteMatchAnswer(string Document, string Paragraph, string Url, string Text, double Similarity, int ChangedWords, string Differences, IReadOnlyList<DifferenceStep> Steps);
    public sealed record DifferenceStep(string Change, string Text);

    public static void MapQuoteCheckApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Routes.ApiQuoteCheck, Check).WithTags("Quote check").WithName("CheckQuote")
            .WithSummary("Checks whether a passage stands word for word in the paper or a commentary.");

    public static Results<Ok<QuoteCheckAnswer>, ProblemHttpResult> Check(QuoteCheckRequest? request, Edition edition)
    {
        try
        {
            var result = edition.Quotes.Check(request?.Text);
            return TypedResults.Ok(new QuoteCheckAnswer(Verdict(result.Verdict), result.Matches.Select(m => new QuoteMatchAnswer(
                m.Paragraph.Document.Id, m.Paragraph.Anchor, m.Url, m.SourceText, Math.Round(m.Similarity, 3), m.ChangedWords,
                Markup.Difference(m.Differences, "the passage checked", "the text"), Steps(m.Differences))).ToList()));
        }
        catch (InvalidQuoteException e)
        {
            return Problems.BadRequest("Nothing to check", e.Message);
        }
    }

    public static string Verdict(QuoteVerdict verdict) => verdict switch { QuoteVerdict.Exact => "exact", QuoteVerdict.Close => "close", _ => "not-found" };

    public static IReadOnlyList<DifferenceStep> Steps(IEnumerable<WordStep> steps) =>
        steps.Select(s => new DifferenceStep(s.Change switch { WordChange.OnlyInFirst => "only-in-first", WordChange.OnlyInSecond => "only-in-second", _ => "same" }, s.Text)).ToList();
}
