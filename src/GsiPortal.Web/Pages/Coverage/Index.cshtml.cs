using GsiPortal.Core.Addresses;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Coverage;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    /// <summary>One row per passage of the paper in its order (Part I, each part's introduction, items, closing passage), one cell per commentary, computed once per edition.</summary>
    public IReadOnlyList<CoverageRow> Rows => Edition.CrossReferences.AllCoverage;

    /// <summary>How many of the rows are numbered items.</summary>
    public int ItemCount => Edition.CrossReferences.Coverage.Count;

    public void OnGet() =>
        Info = new PageInfo("Coverage: which commentary takes up which item — GsiPortal",
            $"A matrix of the Concept Paper's {ItemCount} numbered items, Part I and each part's introduction and closing passage against the commentaries: shared wording, discussion, or nothing.", Routes.Coverage, "coverage");
}
