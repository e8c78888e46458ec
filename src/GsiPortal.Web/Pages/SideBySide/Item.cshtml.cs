using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.SideBySide;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.SideBySide;

/// <summary>Two commentaries side by side on an item of the paper.</summary>
public class ItemModel(Edition edition) : SideBySidePage(edition)
{
    public PaperItem Item { get; private set; } = null!;

    public IActionResult OnGet(string part, int number)
    {
        if (Addresses.FindItem(part, number) is not { } item) return NotFound();
        Item = item;
        return Show(SideBySideBuilder.ForItem(Edition.CrossReferences, item), pair =>
        {
            var (title, description) = Words(Subject, pair);
            return new PageInfo(title, description, pair?.Address ?? Subject.PairAddress(), "paper");
        });
    }
}
