using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// What a quote-check verdict was checked against: the edition (its id and date) and the antonym list (its short
/// hash, <c>none</c> without one), and the verdict's address in that edition, which re-checks against its words
/// for ever (<c>/editions/{version}/quote-check?text=…</c>; null for a passage too long for an address).
/// </summary>
public sealed record CheckedAgainst(string Edition, string? Date, string? FixedShare, string Antonyms)
{
    public static CheckedAgainst Of(Edition edition, string passage) => new(
        edition.Version, edition.Stamp.DateIso,
        passage.Length <= QuoteChecker.MaxShareableLength ? edition.FixedAddress(AddressBook.QuoteCheck(passage)) : null,
        edition.Library.AntonymsVersion);

    /// <summary>For an audit, whose verdicts have no single address: the edition and the list only.</summary>
    public static CheckedAgainst Of(Edition edition) => new(edition.Version, edition.Stamp.DateIso, null, edition.Library.AntonymsVersion);
}
