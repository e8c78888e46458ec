using GsiPortal.Core.Content;
using GsiPortal.Core.Links;
using GsiPortal.Core.Quotes;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Compare;

/// <summary>A commitment's wording in the paper beside each commentary's wording of it, with a word-level difference.</summary>
public class CommitmentModel(ContentStore store) : PortalPage(store)
{
    public PaperItem Item { get; private set; } = null!;

    /// <summary>Per commentary that takes the commitment up: its paragraph and the difference from the paper's words.</summary>
    public IReadOnlyList<(Commentary Commentary, Paragraph Paragraph, int SharedWords, string DifferenceHtml)> Wordings { get; private set; } = [];

    public IActionResult OnGet(int number)
    {
        if (Paper.FindPart("commitments")?.FindItem(number) is not { } item) return NotFound();
        Item = item;
        var paperWords = Words.Of(string.Join(' ', item.Paragraphs.Select(p => p.Text)));
        Wordings = Links.SharedWith(item)
            .GroupBy(s => s.Commentary)
            .Select(g => (g.First().Source, Paragraph: g.Key, Shared: g.Sum(s => s.SharedWords)))
            .GroupBy(w => w.Source).Select(g => g.OrderByDescending(w => w.Shared).First())
            .Select(w => (w.Source, w.Paragraph, w.Shared, WordDiff.Html(WordDiff.Compare(paperWords, Words.Of(w.Paragraph.Text)), "the paper", w.Source.Author)))
            .ToList();
        Info = new PageInfo($"Compare the wordings of {item.Label} — GsiPortal", $"{item.Title} The paper's wording beside each commentary's, word by word.", $"/compare/commitments/{number}", "coverage");
        return Page();
    }
}
