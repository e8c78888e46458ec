using GsiPortal.Core.Links;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Terms;

public class ShowModel(ContentStore store) : PortalPage(store)
{
    public KeyTerm Term { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Terms.Find(slug) is not { } term) return NotFound();
        Term = term;
        Info = new PageInfo($"“{term.Phrase}” in the paper and commentaries — GsiPortal",
            $"Every occurrence of “{term.Phrase}” in the Global Security Initiative Concept Paper and its commentaries, in context: {term.Count} in all.", $"/terms/{slug}", "terms");
        return Page();
    }

    /// <summary>Up to this many characters of context either side of an occurrence, cut at a word.</summary>
    public static (string Left, string Right) Context(TermOccurrence o, int width = 70)
    {
        var text = o.Paragraph.Text;
        var from = Math.Max(0, o.Start - width);
        if (from > 0) from = text.IndexOf(' ', from) is var space and >= 0 && space < o.Start ? space + 1 : from;
        var to = Math.Min(text.Length, o.End + width);
        if (to < text.Length) to = text.LastIndexOf(' ', to) is var space2 && space2 > o.End ? space2 : to;
        return ((from > 0 ? "… " : "") + text[from..o.Start], text[o.End..to] + (to < text.Length ? " …" : ""));
    }
}
