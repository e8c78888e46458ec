using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>An item's commentary passages on a page of their own; the item page fetches the section (its own bytes stay few).</summary>
public class PassagesModel(Edition edition) : PortalPage(edition)
{
    public PaperItem Item { get; private set; } = null!;

    public CommentaryPassagesView Passages { get; private set; } = null!;

    protected override IEnumerable<Paragraph> MarkedParagraphs => Passages?.Shown ?? [];

    public IActionResult OnGet(string part, int number)
    {
        if (Addresses.FindItem(part, number) is not { } item) return NotFound();
        Item = item;
        Passages = CommentaryPassagesView.For([Library.Reading.Of(item)], Edition.CrossReferences, Paper, item.Label);
        // The searched words, marked in the passages (the item page fetches this page with its highlight).
        Passages = Passages with { Searched = Marks };
        Info = new PageInfo($"{item.Label} in the commentators' own words — GsiPortal", $"What each commentary writes on {item.Label} of the {Paper.ShortTitle}, in its own words.",
            AddressBook.Item(item) + CommentaryPassagesView.PageSuffix, "paper");
        return Page();
    }
}
