using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// The commentators' own passages on some of the paper's items, by commentary (oldest first), as the cross-reference
/// map has them: each passage that shares wording, in its sentence with the shared words marked, then each paragraph
/// that discusses an item in its own words. Shown beside an item (its page fetches it) and beside a part's text.
/// </summary>
public sealed record CommentaryPassagesView(IReadOnlyList<CommentaryPassages> Commentaries, string Subject)
{
    /// <summary>The address suffix of an item's passages page: <c>/paper/commitments/4/passages</c>.</summary>
    public const string PageSuffix = "/passages";

    public bool IsEmpty => Commentaries.Count == 0;

    public static CommentaryPassagesView For(IEnumerable<PaperItem> items, CrossReferenceMap map, Core.Content.Paper paper, string subject)
    {
        var list = items.ToList();
        var byCommentary = new Dictionary<Commentary, (List<(PaperItem, Comparison)> Shared, List<(PaperItem, Discussion)> Discussed)>();
        (List<(PaperItem, Comparison)> Shared, List<(PaperItem, Discussion)> Discussed) Of(Commentary c) =>
            byCommentary.TryGetValue(c, out var entry) ? entry : byCommentary[c] = ([], []);
        foreach (var item in list)
        {
            var comparisons = map.ComparisonsOf(item);
            foreach (var c in comparisons) Of(c.Commentary).Shared.Add((item, c));
            // A paragraph already shown for its shared wording with the item is not shown again as discussing it.
            foreach (var d in map.DiscussionsOf(item).Where(d => !comparisons.Any(c => c.Paragraph == d.Commentary)))
                Of(d.Source).Discussed.Add((item, d));
        }
        var groups = byCommentary.OrderBy(e => e.Key.Date.Earliest).ThenBy(e => e.Key.Author, StringComparer.Ordinal)
            .Select(e => new CommentaryPassages(e.Key, e.Key.PredatesPaper(paper),
                [.. e.Value.Shared.OrderBy(s => s.Item2.Paragraph.Ordinal)],
                [.. e.Value.Discussed.OrderByDescending(d => d.Item2.Strength).ThenBy(d => d.Item2.Commentary.Ordinal)]))
            .ToList();
        return new CommentaryPassagesView(groups, subject);
    }
}

/// <summary>One commentary's passages: those sharing wording (aligned, marked) and those discussing in other words.</summary>
public sealed record CommentaryPassages(Commentary Commentary, bool PredatesPaper,
    IReadOnlyList<(PaperItem Item, Comparison Comparison)> Shared, IReadOnlyList<(PaperItem Item, Discussion Discussion)> Discussed);
