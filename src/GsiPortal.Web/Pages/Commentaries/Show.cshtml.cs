using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Commentaries;

public class ShowModel(Edition edition) : PortalPage(edition)
{
    public Commentary Commentary { get; private set; } = null!;

    protected override IEnumerable<Paragraph> MarkedParagraphs => Commentary.Paragraphs;

    /// <summary><c>?notes=all</c>: every paragraph's notes open, the page-level switch without JavaScript.</summary>
    [BindProperty(SupportsGet = true, Name = "notes")]
    public string? Notes { get; set; }

    public bool AllNotes => string.Equals(Notes, "all", StringComparison.Ordinal);

    /// <summary>How many paragraphs carry a note (shared wording or a discussion).</summary>
    public int NotedParagraphs => Commentary.Paragraphs.Count(p => !Pages.Commentaries.ParagraphNotes.For(Edition.CrossReferences, p).IsEmpty);

    public IActionResult OnGet(string id)
    {
        if (Addresses.FindCommentary(id) is not { } commentary)
        {
            // An author's family name that names one commentary only: a temporary redirect (CommentaryBySurname), kept
            // by no cache, since a second commentary by that name would make it ambiguous.
            if (Addresses.CommentaryBySurname(id) is { } named)
                return RedirectPreserveMethod(Request.PathBase + AddressBook.Commentary(named) + Request.QueryString);
            return NotFound();
        }
        Commentary = commentary;
        Info = new PageInfo($"{commentary.Title} — {commentary.Attribution}", Describe(commentary.Paragraphs[0].Text),
            AddressBook.Commentary(commentary), "commentaries")
        {
            SkipTo = PageInfo.TextId,
            OpenGraphType = "article",
            JsonLd = Rendering.StructuredData.Commentary(commentary, Paper, SiteOrigin.Of(HttpContext)),
            CitationMeta = Rendering.ScholarlyMeta.For(AddressBook.Of(commentary), HttpContext),
            Alternates = PageAlternate.For(AddressBook.Of(commentary)),
            Embeddable = true,
        };
        return Page();
    }
}
