using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Reading;
using GsiPortal.Core.SideBySide;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Compare;

/// <summary>
/// What can be compared (<c>/compare</c>), or one part's items (<c>/compare/commitments</c>): the addresses a reader
/// gets by trimming a compare page's, which answered 404 (issue #26). A part named by its numeral or number is sent
/// to its slug; a part with no numbered items (Part I) is compared whole; a name that is no part is a 404 that says
/// so above the whole index.
/// </summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    /// <summary>The part asked for; null for the whole index.</summary>
    public PaperPart? Part { get; private set; }

    /// <summary>The parts whose items can be compared, in the paper's order (all of them on <c>/compare</c>).</summary>
    public IReadOnlyList<PaperPart> Parts { get; private set; } = [];

    /// <summary>A part asked for that has no numbered items (Part I): its text and its coverage row are linked instead.</summary>
    public PaperPart? WithoutItems { get; private set; }

    /// <summary>A part without items compared whole (Part I, <c>/compare/background</c>); null otherwise.</summary>
    public ComparisonView? Whole { get; private set; }

    /// <summary>Why the address names nothing to compare, in words; null when it does.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<ComparableItem> ItemsOf(PaperPart part) => ComparisonIndex.Items(Edition.CrossReferences, part);

    public IReadOnlyList<ComparableTerm> Terms => ComparisonIndex.Terms(Edition.Terms);

    public IActionResult OnGet(string? part)
    {
        var withItems = Paper.Parts.Where(p => p.Items.Count > 0).ToList();
        Parts = withItems;
        if (part is null)
        {
            Info = new PageInfo("Compare the paper and the commentaries — GsiPortal",
                $"Everything that can be compared: each of the paper's {withItems.Sum(p => p.Items.Count)} numbered items beside the commentaries' wording, two commentaries side by side on an item or a key term.",
                AddressBook.CompareIndex(), "coverage");
            return Page();
        }
        var found = Paper.FindPart(part);
        if (found is not null && found.Items.Count > 0)
        {
            if (found.Slug != part) return Redirect(AddressBook.CompareIndex(found));
            Part = found;
            Parts = [found];
            Info = new PageInfo($"Compare: {found.Heading} — GsiPortal",
                $"Each of the paper's {found.Items.Count} {found.Slug} beside the commentaries' wording of it, and two commentaries side by side where two take it up.",
                AddressBook.CompareIndex(found), "coverage");
            return Page();
        }
        // Part I has no numbered items but is one passage of the paper's order: its page compares it whole.
        if (found is not null && Library.Reading.Of(found, StopKind.Part) is { } whole)
        {
            if (found.Slug != part) return Redirect(AddressBook.CompareIndex(found));
            Part = found;
            Whole = ComparisonView.Of(Paper, whole, Edition.CrossReferences.ComparisonsOf(whole), Edition.CrossReferences.DiscussionsOf(whole));
            Info = new PageInfo($"Compare the wordings of {whole.Label}: {found.Title} — GsiPortal",
                $"{found.Heading}: the paper's wording beside each commentary's, word by word.", AddressBook.CompareIndex(found), "paper");
            return Page();
        }
        WithoutItems = found;
        var names = string.Join(", ", withItems.Select(p => $"{p.Slug} ({p.Numeral})"));
        Problem = found is null
            ? $"No part of the paper is called “{part}”. The parts with numbered items to compare are: {names}."
            : $"{found.Heading} has no numbered items to compare; its text is at {AddressBook.Part(found)}. The parts with numbered items are: {names}.";
        Info = new PageInfo("Nothing to compare there — GsiPortal", Problem, AddressBook.CompareIndex(), "coverage");
        var refused = Page();
        refused.StatusCode = StatusCodes.Status404NotFound;
        return refused;
    }
}
