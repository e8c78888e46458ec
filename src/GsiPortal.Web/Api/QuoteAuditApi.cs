using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary><c>POST /api/quote-audit</c> with <c>{"article": "…"}</c>: every passage the article quotes that resembles a text, verdicted.</summary>
public static class QuoteAuditApi
{
    public sealed record QuoteAuditRequest(string? Article);
    /// <summary>
    /// Every quotation of eight words or more, in the article's order; how many of them resemble none of the texts; how
    /// many were passed over (shorter, or too long); whether the article quoted more than the audit checks; the edition and
    /// antonym list the verdicts are of (<c>checkedAgainst</c>, as the quote check names them); <c>skippedQuotations</c>,
    /// the <c>skipped</c> ones listed, each with why and, when the single check takes it, that check's address.
    /// </summary>
    public sealed record QuoteAuditAnswer(IReadOnlyList<AuditedQuotationAnswer> Quotations, int Unrelated, int Skipped, bool Truncated, CheckedAgainst CheckedAgainst,
        IReadOnlyList<SkippedQuotationAnswer> SkippedQuotations);
    /// <summary>
    /// A quotation the audit did not check: <c>reason</c> short (under eight words: check it alone), too-few-words (under
    /// three: no check takes it), too-long, or unclosed (its quotation mark never closed: <c>text</c> runs from the mark
    /// to the paragraph's end); <c>form</c> inline, block, nested (inside another quotation) or unclosed; <c>why</c> says it in words; <c>check</c> the single check's address, prefilled, or null.
    /// </summary>
    public sealed record SkippedQuotationAnswer(int Number, string Form, int ArticleParagraph, string Text, int Words, string Reason, string Why, string? Check);
    /// <summary>
    /// One quotation of eight words or more, matched or not: <c>verdict</c> exact, exact-cut-mid-sentence, altered,
    /// joined or not-in-texts; <c>headline</c> says it in a line as the quote check does; <c>match</c> the passage it
    /// matches best (as the quote check answers it), null when not in the texts; <c>parts</c>, for joined, both places;
    /// <c>resemblesNone</c> when its words resemble none of the texts; <c>check</c> its shareable quote check;
    /// <c>paperClosest</c>, when it is word for word only in commentaries, the paper's closest passage and how it differs;
    /// <c>partly</c>, for one in no text, the runs of its words that stand word for word in a text (as the quote check's).
    /// </summary>
    public sealed record AuditedQuotationAnswer(int Number, string Form, int ArticleParagraph, string Text, int Words, string Verdict, string Headline, QuoteCheckApi.QuoteMatchAnswer? Match,
        IReadOnlyList<QuoteCheckApi.QuoteMatchAnswer> Parts, bool ResemblesNone, string? Check, QuoteCheckApi.QuoteMatchAnswer? PaperClosest, QuoteCheckApi.PartlyAnswer? Partly);

    public static void MapQuoteAuditApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Routes.ApiQuoteAudit, Audit).WithTags(ApiTags.QuoteCheck).WithName("AuditQuotes")
            .Accepts<QuoteAuditRequest>("application/json")
            .WithSummary("Finds every passage an article quotes that resembles the paper or a commentary, and verdicts each.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static async Task<Results<Ok<QuoteAuditAnswer>, ProblemHttpResult>> Audit(HttpRequest request, Edition edition)
    {
        QuoteAuditRequest? body;
        try
        {
            // Read here rather than bound, so that this endpoint's own size limit, larger than the site's, answers 413 with a reason.
            await using var stream = await ArticleBody.Open(request);
            body = await JsonSerializer.DeserializeAsync<QuoteAuditRequest>(stream, JsonSerializerOptions.Web, request.HttpContext.RequestAborted);
        }
        catch (ArticleBody.TooLargeException e)
        {
            return TypedResults.Problem(title: "Article too large", detail: e.Message, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("Not an audit request", "Send JSON of the form {\"article\": \"…the article's text…\"}.");
        }
        // A body without the field is not an empty article: say which field is missing ("text" is the quote check's).
        if (body?.Article is null)
            return Problems.BadRequest("Nothing to audit", "The body has no \"article\": send JSON of the form {\"article\": \"…the article's text…\"}.");
        try
        {
            var result = edition.QuoteAudit.Audit(body.Article, RequestBudget.Of(request.HttpContext));
            return TypedResults.Ok(new QuoteAuditAnswer(result.Quotations.Select(Answer).ToList(), result.Unrelated, result.Skipped, result.Truncated, CheckedAgainst.Of(edition),
                result.Passed.Select(Answer).ToList()));
        }
        catch (InvalidArticleException e)
        {
            return e.TooLarge
                ? TypedResults.Problem(title: "Article too large", detail: e.Message, statusCode: StatusCodes.Status413PayloadTooLarge)
                : Problems.BadRequest("Nothing to audit", e.Message);
        }
    }

    /// <summary>How the article sets the quotation off: block, inline, nested (inside another quotation) or unclosed.</summary>
    private static string Form(QuotationForm form) => form.ToString().ToLowerInvariant();

    private static SkippedQuotationAnswer Answer(SkippedQuotation s) => new(
        s.Quotation.Number, Form(s.Quotation.Form), s.Quotation.ArticleParagraph, s.Quotation.Text, s.Words,
        s.Reason switch { SkipReason.Short => "short", SkipReason.TooFewWords => "too-few-words", SkipReason.Unclosed => "unclosed", _ => "too-long" }, QuoteVerdicts.Reason(s),
        s.Checkable && s.Quotation.Text.Length <= QuoteChecker.MaxShareableLength ? AddressBook.QuoteCheck(s.Quotation.Text) : null);

    private static AuditedQuotationAnswer Answer(AuditedQuotation a) => new(
        a.Quotation.Number, Form(a.Quotation.Form), a.Quotation.ArticleParagraph, a.Quotation.Text, a.Words,
        QuoteVerdicts.Name(a.Verdict), QuoteVerdicts.Headline(a), a.Match is { } m ? QuoteCheckApi.Answer(m) : null,
        a.Verdict == AuditVerdict.Joined && a.Check is { } joined ? joined.Matches.Select(QuoteCheckApi.Answer).ToList() : [], a.ResemblesNone,
        a.Quotation.Text.Length <= QuoteChecker.MaxShareableLength ? AddressBook.QuoteCheck(a.Quotation.Text) : null,
        a.PaperClosest is { } closest ? QuoteCheckApi.Answer(closest) : null,
        a.Verdict == AuditVerdict.NotInTexts ? QuoteCheckApi.Partly(a.Check?.Partly) : null);
}
