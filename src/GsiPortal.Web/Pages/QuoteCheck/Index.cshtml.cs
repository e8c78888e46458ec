using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Requests;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.QuoteCheck;

/// <summary>
/// The quote check: <c>GET /quote-check?text=…</c> renders the verdict at an address that can be shared (passages up
/// to <see cref="QuoteChecker.MaxShareableLength"/> characters); a posted form, as before, takes up to
/// <see cref="QuoteChecker.MaxLength"/>.
/// </summary>
public class IndexModel(Edition edition, ContentStore store) : PortalPage(edition)
{
    [BindProperty(SupportsGet = true, Name = "text")] public string? Text { get; set; }

    public QuoteCheckResult? Result { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>The address of this verdict, when the passage is short enough to go in one.</summary>
    public string? ShareAddress { get; private set; }

    /// <summary>At a fixed edition's address: the verdict's address there, which the page gives as its address.</summary>
    public string? PinnedShare { get; private set; }

    /// <summary>The edition and antonym list the verdict is of, and its address in that edition.</summary>
    public CheckedAgainst? Against { get; private set; }

    /// <summary>At an earlier edition's address: whether the current edition gives the same verdict, in the same places; null otherwise.</summary>
    public bool? CurrentAgrees { get; private set; }

    public IActionResult OnGet()
    {
        if (QueryText.IsUtf8(Request.QueryString.Value, "text")) return Check(submitted: Request.Query.ContainsKey("text"), QuoteChecker.MaxShareableLength);
        Describe();
        Problem = "The passage is not valid text: the address holds bytes that are not UTF-8 (an escape such as %FF). Paste the passage into the form below and check it again.";
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public IActionResult OnPost()
    {
        // A form refused before it was read (too large, of a type or charset the page does not read) says why, in the page.
        if (RequestBodies.Refusal(HttpContext) is not { } refused) return Check(submitted: true, QuoteChecker.MaxLength);
        Describe();
        Problem = refused.Reason;
        var page = Page();
        page.StatusCode = refused.Status;
        return page;
    }

    private void Describe() =>
        Info = new PageInfo("Quote check — GsiPortal", "Check whether a quoted passage stands word for word in the Global Security Initiative Concept Paper or a commentary.", Routes.QuoteCheck, "quote-check");

    private IActionResult Check(bool submitted, int maxLength)
    {
        Describe();
        if (!submitted) return Page();
        try
        {
            Result = Edition.Quotes.Check(Text, maxLength, RequestBudget.Of(HttpContext));
            if (Result.Passage.Length <= QuoteChecker.MaxShareableLength) ShareAddress = AddressBook.QuoteCheck(Result.Passage);
            Against = CheckedAgainst.Of(Edition, Result.Passage);
            // Read at a fixed edition, the verdict's address is that edition's (the current one is offered below when it differs).
            if (FixedEdition.Of(HttpContext) is not null && Against.FixedShare is { } pinned) PinnedShare = pinned;
            // A pinned verdict re-checks against its own edition's words, and says whether today's text still agrees.
            if (store.InService is { } current && current.Version != Edition.Version)
            {
                var now = current.Quotes.Check(Text, maxLength, RequestBudget.Of(HttpContext));
                CurrentAgrees = now.Verdict == Result.Verdict && now.Matches.Select(m => (m.Url, m.SourceText)).SequenceEqual(Result.Matches.Select(m => (m.Url, m.SourceText)));
            }
            return Page();
        }
        catch (InvalidQuoteException e)
        {
            Problem = maxLength == QuoteChecker.MaxShareableLength && (Text?.Trim().Length ?? 0) > maxLength
                ? e.Message + $" Passages longer than {QuoteChecker.MaxShareableLength} characters go in no address: use the quote audit or the API (POST {Routes.ApiQuoteCheck})."
                : e.Message;
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
    }
}
