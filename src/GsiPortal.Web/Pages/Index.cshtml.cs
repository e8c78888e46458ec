using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages;

/// <summary>The home page: what the Initiative is in the paper's own words, when, and the way in.</summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    /// <summary>The paper's own sentences on what the Initiative is, found by their words so a renumbering cannot break them.</summary>
    public IReadOnlyList<Passage> InItsOwnWords { get; private set; } = [];

    /// <summary>The commentary sentence that dates the Initiative's announcement, where a commentary says so.</summary>
    public (Passage Sentence, Commentary Commentary)? Announced { get; private set; }

    /// <summary>The Initiative's dates, oldest first: its announcement (as a commentary records it), the paper, each commentary.</summary>
    public IReadOnlyList<(DateOnly When, string Key)> Timeline { get; private set; } = [];

    public void OnGet()
    {
        InItsOwnWords = new[] { "has proposed the Global Security Initiative", "The GSI aims to eliminate the root causes" }
            .Select(words => AddressBook.FindSentence(Paper, words)).OfType<Passage>().ToList();
        Announced = Library.Commentaries
            .Select(c => (Sentence: AddressBook.FindSentence(c, "proposed for the first time the Global Security Initiative"), Commentary: c))
            .Where(found => found.Sentence is not null).Select(found => ((Passage, Commentary)?)(found.Sentence!, found.Commentary)).FirstOrDefault();
        var timeline = new List<(DateOnly, string)> { (Paper.Date.Earliest, Paper.Id) };
        // A commentary dated only by its year has no place among its year's dated events: it gets a slot of its own
        // after them, which the page heads "2023, month unknown" (and says when the year is inferred), so the order
        // claims nothing about its month. The slot sorts at the year's end only because it must stand somewhere.
        timeline.AddRange(Library.Commentaries.Select(c => (c.Date.Latest, c.Id)));
        if (Announced is { } announced) timeline.Add((new DateOnly(2022, 4, 1), "announced"));
        Timeline = timeline.OrderBy(t => t.Item1).ToList();
        Info = new PageInfo("GsiPortal: the Global Security Initiative Concept Paper and commentaries",
            $"Read, search and cite the Global Security Initiative Concept Paper ({Paper.Date.Display}) part by part, with {Library.Commentaries.Count} published commentaries on it.", Routes.Home);
    }
}
