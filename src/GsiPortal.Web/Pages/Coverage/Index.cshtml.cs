using GsiPortal.Core.Addresses;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Coverage;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    /// <summary>One row per numbered item, one cell per commentary, computed once per edition.</summary>
    public IReadOnlyList<CoverageRow> Rows => Edition.CrossReferences.Coverage;

    public void OnGet() =>
        Info = new PageInfo("Coverage: which commentary takes up which item — GsiPortal",
            $"A matrix of the Concept Paper's {Rows.Count} numbered items against the commentaries: shared wording, discussion, or nothing.", Routes.Coverage, "coverage");
}
