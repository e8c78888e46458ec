using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// What the commentaries do with one of the paper's passages outside the items (Part I): its coverage row's links,
/// those sharing its wording (oldest commentary first) and those naming a glossary term of its own.
/// </summary>
public sealed record PassageLinksView(Core.Content.Paper Paper, ReadingStop Stop, IReadOnlyList<PassageLink> Shared, IReadOnlyList<PassageLink> Named, string CompareAddress)
{
    public static PassageLinksView For(CrossReferenceMap map, Core.Content.Paper paper, ReadingStop stop, string compareAddress)
    {
        var links = map.AllCoverage.First(row => row.Stop == stop).Cells.SelectMany(c => c.Passages)
            .OrderBy(l => l.Source.Date.Earliest).ThenBy(l => l.Commentary.Ordinal).ToList();
        return new(paper, stop, [.. links.Where(l => l.Shared.Count > 0)], [.. links.Where(l => l.Shared.Count == 0 && l.Discussion is not null)], compareAddress);
    }
}
