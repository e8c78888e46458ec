using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>
/// What the banner of a page read at a fixed edition says: the edition's date, and whether the passage the page
/// shows reads the same in the current edition, with the way to the current text and to what changed.
/// </summary>
public sealed record EditionBannerView(FixedEdition Fixed, bool IsCurrent, bool? PassageSame, string CurrentAddress, string? Comparison)
{
    /// <summary>What today's checks find in this edition and let pass, as it is history (docs/linking.md, "Editions").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The other editions that state the same date, with this page's address in each: a human citation names an
    /// edition by its date, which two editions can share, so a reader who came by the date (<c>/editions/2026-12-05/…</c>
    /// lands on the last of that day) learns that the words they cited may be another's.
    /// </summary>
    public IReadOnlyList<(string Version, string Address)> SameDate { get; init; } = [];

    /// <summary>Whether the page is an error page for an address that names nothing in this edition.</summary>
    public bool Missing { get; init; }

    /// <summary>The banner for this request, or null when it reads the current site rather than a fixed edition.</summary>
    public static EditionBannerView? For(HttpContext context, Edition requested, Edition? current)
    {
        if (FixedEdition.Of(context) is not { } fixedEdition) return null;
        // An error page is re-executed at its own route (/not-found): the banner speaks of the address the reader asked
        // for, not of that route, which no reader asked for and which named nothing in any edition.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var address = reExecuted is not null ? (reExecuted.OriginalPath is { Length: > 0 } asked ? asked : "/") : context.Request.Path.Value ?? "/";
        var catalog = context.RequestServices.GetRequiredService<EditionArchiving>().Catalog;
        var sameDate = catalog.ByDate
            .Where(e => e.Date == fixedEdition.Date && e.Id != fixedEdition.Version && !catalog.Removed.ContainsKey(e.Id))
            .Select(e => (e.Id, EditionAddress.Of(e.Id, address))).ToList();
        // Nothing is at that address in this edition: no other edition of the day is offered for it, nor, in the current
        // edition, its usual address, which names nothing either. A newer edition may have it: the way there stays.
        if (reExecuted is not null) sameDate = [];
        if (current is null || current.Version == requested.Version)
            return new EditionBannerView(fixedEdition, true, true, address, null) { SameDate = sameDate, Missing = reExecuted is not null };
        // Compared by the passage the page shows, in each edition's own address book: a passage either lacks is "differs".
        var before = requested.Addresses.Resolve(address)?.Text;
        var now = current.Addresses.Resolve(address)?.Text;
        bool? same = before is null && now is null ? null : before == now;
        return new EditionBannerView(fixedEdition, false, same, address,
            same == false ? EditionAddress.Compare(address, requested.Version, current.Version) : null)
        {
            Warnings = requested.Warnings.Select(w => $"{w.File}: {w.Message}").ToList(),
            SameDate = sameDate,
        };
    }
}
