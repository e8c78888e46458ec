using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Editions;
using GsiPortal.Core.SideBySide;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.SideBySide;

/// <summary>Two commentaries side by side on a key term: each paragraph where each uses it.</summary>
public class TermModel(Edition edition) : SideBySidePage(edition)
{
    public KeyTerm Term { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Edition.Terms.Find(slug) is not { } term) return NotFound();
        Term = term;
        return Show(SideBySideBuilder.ForTerm(Library, term), pair =>
        {
            var (title, description) = Words(Subject, pair);
            return new PageInfo(title, description, pair?.Address ?? Subject.PairAddress(), "terms");
        });
    }
}
