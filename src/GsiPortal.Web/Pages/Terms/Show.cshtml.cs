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
        if (Edition.Terms.Find(slug) is not { } term) return NotFound();
        Term = term;
        Info = new PageInfo($"“{term.Phrase}” in the paper and commentaries — GsiPortal",
            $"Every occurrence of “{term.Phrase}” in the Global Security Initiative Concept Paper and its commentaries, in context: {term.Count} in all.", AddressBook.Term(slug), "terms");
        return Page();
    }
}
