using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Compare;

/// <summary>An item's wording in the paper beside each commentary's wording of it, with a word-level difference.</summary>
public class ItemModel(Edition edition) : PortalPage(edition)
{
    public PaperItem Item { get; private set; } = null!;

    public IReadOnlyList<Comparison> Comparisons { get; private set; } = [];

    /// <summary>The paragraphs that discuss the item without sharing its wording, strongest first, with their measure.</summary>
    public IReadOnlyList<Discussion> Discussions { get; private set; } = [];

    public IActionResult OnGet(string part, int number)
    {
        if (Addresses.FindItem(part, number) is not { } item) return NotFound();
        Item = item;
        Comparisons = Edition.CrossReferences.ComparisonsOf(item);
        Discussions = Edition.CrossReferences.DiscussionsOf(item);
        Info = new PageInfo($"Compare the wordings of {item.Label} — GsiPortal", $"{item.Title} The paper's wording beside each commentary's, word by word.", AddressBook.Compare(item), "paper");
        return Page();
    }
}
