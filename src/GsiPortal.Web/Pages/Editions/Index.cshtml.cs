using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Editions;

/// <summary>
/// Every edition with its date, the changes it brought and its downloads, newest first. Also the answer to an
/// edition address that cannot be served (404 unknown, 410 removed, 503 damaged archive), with the reason at the top.
/// </summary>
public class IndexModel(Edition edition, EditionArchiving archiving, GitHistoryImport history) : PortalPage(edition)
{
    /// <summary>
    /// What the list may lack, said plainly when the archive holds no edition from the texts' git history: then it
    /// begins with the first edition this copy of the site served, and an edition cited before it may not be here.
    /// Null when the history was read.
    /// </summary>
    public (GitHistoryKind Kind, string Since, string Detail)? Incomplete { get; private set; }

    /// <summary>
    /// The editions the changes name as where they were first served (<c>edition:</c> in changes.md) that this copy does
    /// not hold, with the day each change was made: their ids stand in the changes' words below, and their addresses
    /// answer 404 here. A copy published without the texts' history (from <c>git archive</c>) named c9b5d0ae7bc6 and
    /// bae16a670333 with nothing to say they could not be opened (review 21, D3). Empty where every one is held.
    /// </summary>
    public IReadOnlyList<(string Version, DateOnly Date)> NotHeld { get; private set; } = [];

    public IReadOnlyList<EditionListItem> Editions { get; private set; } = [];

    /// <summary>Why the edition an address asked for is not served; null on the plain list.</summary>
    public EditionRefusal? Refusal { get; private set; }

    /// <summary>For a refusal for now (503), the seconds after which to ask again (the answer's Retry-After).</summary>
    public int? RetryAfterSeconds { get; private set; }

    public void OnGet()
    {
        Refusal = EditionRefusal.Of(HttpContext);
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
            if (Refusal.Status == StatusCodes.Status503ServiceUnavailable && !Response.Headers.ContainsKey("Retry-After")) Response.Headers.RetryAfter = "300";
            if (int.TryParse(Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var seconds)) RetryAfterSeconds = seconds;
        }
        if (Refusal is { Short: true } brief)
        {
            // The reason, when to come back and where to read meanwhile: not the whole list, which a reader who
            // followed a link to one edition did not ask for (a 503 page of 25 KB listed every edition).
            Info = new PageInfo($"{brief.Title} — GsiPortal", brief.Detail, Routes.Editions);
            return;
        }
        Editions = EditionListing.Of(archiving.Catalog, Library);
        var catalog = archiving.Catalog;
        if (!catalog.Editions.Any(e => e.From.StartsWith("git ", StringComparison.Ordinal)) && history.State is { Kind: not (GitHistoryKind.Imported or GitHistoryKind.AlreadyImported) } state)
            Incomplete = (state.Kind, catalog.Editions.Count > 0 ? catalog.Editions[0].DateDisplay : Edition.Stamp.DateDisplay ?? "today", state.Plain);
        var held = Editions.SelectMany(e => e.Issued.Prepend(e.Version)).ToHashSet(StringComparer.Ordinal);
        NotHeld = [.. Library.Changes.Entries.Where(c => c.MadeIn is { } made && !held.Contains(made))
            .GroupBy(c => c.MadeIn!, StringComparer.Ordinal).Select(g => (g.Key, g.Min(c => c.Date)))];
        Info = new PageInfo("Editions — GsiPortal",
            "Every edition of GsiPortal's texts, each readable at its own address for ever, with its date, its changes and its downloads.",
            Routes.Editions);
    }
}
