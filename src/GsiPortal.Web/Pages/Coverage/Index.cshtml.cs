using GsiPortal.Core.Links;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Coverage;

public class IndexModel(ContentStore store) : PortalPage(store)
{
    /// <summary>One row per numbered item, one cell per commentary.</summary>
    public IReadOnlyList<IReadOnlyList<CoverageCell>> Rows { get; private set; } = [];

    public void OnGet()
    {
        Rows = Paper.Items.Select(item => (IReadOnlyList<CoverageCell>)Library.Commentaries.Select(c => Links.Coverage(item, c)).ToList()).ToList();
        Info = new PageInfo("Coverage: which commentary takes up which item — GsiPortal",
            "A matrix of the Concept Paper's 31 numbered items against the commentaries: shared wording, discussion, or nothing.", "/coverage", "coverage");
    }
}
