using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Pages.Changes;

/// <summary>Every recorded change to the edition's texts, newest first, from <c>content/changes.md</c>.</summary>
public class IndexModel(Edition edition, GsiPortal.Web.Hosting.EditionArchiving archiving) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("Changes to the texts and the editors' notes — GsiPortal",
            "Every change to GsiPortal's edition of the Global Security Initiative Concept Paper and its commentaries, with its date: texts added, corrections, editors' apparatus.",
            Routes.Changes);

    /// <summary>The changelog newest first: by date, and within a day by when each entry first appeared (<see cref="ChangeOrder"/>).</summary>
    public IReadOnlyList<Core.Changes.Change> Entries => ChangeOrder.NewestFirst(Library.Changes, archiving.Catalog);

    /// <summary>The entry among the archived editions: the edition before and after it, and the passages whose words it changed.</summary>
    public ChangeInEditions InEditions(Core.Changes.Change change) => ChangeInEditions.Of(change, archiving.Catalog, Paper.Id);

    /// <summary>The title a document goes by in the list.</summary>
    public string TitleOf(string id) => Library.FindDocument(id) is { } d ? d.ShortTitle : id;
}
