using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Terms;

public class ShowModel(Edition edition) : PortalPage(edition)
{
    public KeyTerm Term { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Edition.Terms.Find(slug) is not { } term)
        {
            // Said, not left to the generic page: "/terms/nope" is a key term's address that names no key term.
            NotFoundReason.SetProblem(HttpContext, $"No key term has the address {AddressBook.Term(slug.Length <= 64 && slug.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? slug : "…")}. The key terms are listed at {Routes.Terms}.");
            return NotFound();
        }
        Term = term;
        Info = new PageInfo($"“{term.Phrase}” in the paper and commentaries — GsiPortal",
            $"Every occurrence of “{term.Phrase}” in the Global Security Initiative Concept Paper and its commentaries, in context: {term.Count} in all.", AddressBook.Term(slug), "terms");
        return Page();
    }
}
