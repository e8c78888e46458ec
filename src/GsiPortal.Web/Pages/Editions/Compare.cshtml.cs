using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Core.Text;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Editions;

/// <summary>One passage in two editions, word by word: what was added and what removed.</summary>
public class CompareModel(Edition edition, EditionArchiving archiving) : PortalPage(edition)
{
    [BindProperty(SupportsGet = true, Name = "address")] public string? Address { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }

    public ArchivedEdition? Before { get; private set; }
    public ArchivedEdition? After { get; private set; }
    public IReadOnlyList<WordStep>? Steps { get; private set; }
    /// <summary>Why nothing is compared: the reader's input, in words.</summary>
    public string? Refusal { get; private set; }

    public int Added => Steps?.Count(s => s.Change == WordChange.OnlyInSecond) ?? 0;
    public int Removed => Steps?.Count(s => s.Change == WordChange.OnlyInFirst) ?? 0;

    public void OnGet()
    {
        Info = new PageInfo("Two editions compared — GsiPortal", "One passage in two editions of GsiPortal's texts, with the words added and removed.", Routes.EditionsCompare);
        var catalog = archiving.Catalog;
        var address = Address?.Trim() ?? "";
        if (address.Length == 0 || !address.StartsWith('/') || address.Length > 300) { Refuse(400, "Name the passage to compare by its address: ?address=/paper/commitments/4&from=…&to=…"); return; }
        if (!ContentVersion.IsWellFormed(From) || !ContentVersion.IsWellFormed(To)) { Refuse(400, "Name two editions by their ids (12 hex digits): &from=…&to=…. The editions are listed on /editions."); return; }
        // Ids issued under the earlier rule name their edition here too.
        Before = Resolve(catalog, From!);
        After = Resolve(catalog, To!);
        if (Before is null || After is null) { Refuse(404, $"There is no edition {(Before is null ? From : To)}. The editions there are listed on /editions."); return; }
        Steps = catalog.History.Compare(address, Before.Id, After.Id);
        if (Steps is null) Refuse(404, $"The passage {address} is not in both editions, or one of them cannot be read.");
    }

    private static ArchivedEdition? Resolve(EditionCatalog catalog, string id) => catalog.Lookup(id) is { Kind: EditionLookupKind.Archived or EditionLookupKind.Alias, Edition: { } e } ? e : null;

    private void Refuse(int status, string reason)
    {
        Response.StatusCode = status;
        Refusal = reason;
        Steps = null;
    }

    public string FixedAddress(ArchivedEdition e) => EditionAddress.Of(e.Id, Address!.Trim());
}
