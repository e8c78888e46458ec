using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.QuoteCheck;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    [BindProperty(SupportsGet = true, Name = "text")] public string? Text { get; set; }

    public QuoteCheckResult? Result { get; private set; }
    public string? Problem { get; private set; }

    public IActionResult OnGet() => Check(submitted: Request.Query.ContainsKey("text"));

    public IActionResult OnPost() => Check(submitted: true);

    private IActionResult Check(bool submitted)
    {
        Info = new PageInfo("Quote check — GsiPortal", "Check whether a quoted passage stands word for word in the Global Security Initiative Concept Paper or a commentary.", Routes.QuoteCheck, "quote-check");
        if (!submitted) return Page();
        try
        {
            Result = Edition.Quotes.Check(Text);
            return Page();
        }
        catch (InvalidQuoteException e)
        {
            Problem = e.Message;
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
    }
}
