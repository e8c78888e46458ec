using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Reading;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// A part's introduction or closing passage on a page of its own, so that a reader going through the paper with
/// previous and next passes through it between the items, as the paper has it.
/// </summary>
public class SectionModel(Edition edition) : PortalPage(edition)
{
    public ReadingStop Stop { get; private set; } = null!;

    protected override IEnumerable<Paragraph> MarkedParagraphs => Stop.Paragraphs;

    public IActionResult OnGet(string part, string section)
    {
        var kind = section == PaperPart.ClosingSection ? StopKind.Closing : StopKind.Introduction;
        if (Addresses.FindPart(part) is not { } found || Library.Reading.Of(found, kind) is not { } stop) return NotFound();
        Stop = stop;
        Info = new PageInfo($"{stop.Label}: {stop.Heading} — {Paper.ShortTitle}", DescribeWhole(stop.Paragraphs[0].Sentences.Select(s => s.Text)), stop.Address, "paper")
        {
            SkipTo = PageInfo.TextId,
            // Reference managers save the page as a place in the work, as they do a part's page, at this page's address.
            CitationMeta = Rendering.ScholarlyMeta.For(Core.Addresses.AddressBook.Of(found) with { Page = stop.Address }, HttpContext),
            Alternates = PageAlternate.For(stop.Passage),
        };
        return Page();
    }
}
