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

    /// <summary>The banner for this request, or null when it reads the current site rather than a fixed edition.</summary>
    public static EditionBannerView? For(HttpContext context, Edition requested, Edition? current)
    {
        if (FixedEdition.Of(context) is not { } fixedEdition) return null;
        var address = context.Request.Path.Value ?? "/";
        if (current is null || current.Version == requested.Version)
            return new EditionBannerView(fixedEdition, true, true, address, null);
        // Compared by the passage the page shows, in each edition's own address book: a passage either lacks is "differs".
        var before = requested.Addresses.Resolve(address)?.Text;
        var now = current.Addresses.Resolve(address)?.Text;
        bool? same = before is null && now is null ? null : before == now;
        return new EditionBannerView(fixedEdition, false, same, address,
            same == false ? EditionAddress.Compare(address, requested.Version, current.Version) : null)
        {
            Warnings = requested.Warnings.Select(w => $"{w.File}: {w.Message}").ToList(),
        };
    }
}
