using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Requests;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.QuoteCheck;

/// <summary>
/// The quote audit: an article posted as a form, every quotation resembling a text verdicted in a table. The form is
/// read here, not bound, so that the audit's own body limit (above the site's) answers 413 with a reason.
/// </summary>
public class AuditModel(Edition edition) : PortalPage(edition)
{
    public string? Article { get; private set; }
    public QuoteAuditResult? Result { get; private set; }
    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        Describe();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Describe();
        if (RequestBodies.Refusal(HttpContext) is { } refused) return Refuse(refused.Reason, refused.Status);
        try
        {
            ArticleBody.Allow(Request);
            var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
            Article = form["article"].ToString();
            Result = Edition.QuoteAudit.Audit(Article, RequestBudget.Of(HttpContext));
            return Page();
        }
        catch (OperationCanceledException e) when (RequestBudget.IsSpent(HttpContext, e))
        {
            Response.Headers.RetryAfter = RequestBudgetSetup.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refuse(RequestBudget.Explanation(HttpContext), StatusCodes.Status503ServiceUnavailable);
        }
        catch (ArticleBody.TooLargeException e)
        {
            return Refuse(e.Message, StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse($"The article is larger than the audit takes ({QuoteAudit.MaxArticleBytes / 1024} KB of text). Audit it in parts.", StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidArticleException e)
        {
            // A refused article is not shown back: it may be 100 KB, and the reader still has it.
            return Refuse(e.Message, e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (InvalidDataException e)
        {
            return Refuse($"The form could not be read: {e.Message}", StatusCodes.Status400BadRequest);
        }
    }

    private IActionResult Refuse(string problem, int status)
    {
        Article = null;
        Problem = problem;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private void Describe() =>
        Info = new PageInfo("Quote audit — GsiPortal", "Check every quotation of the Global Security Initiative Concept Paper or its commentaries in an article at once.", Routes.QuoteAudit, "quote-check");
}
