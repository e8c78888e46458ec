using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Editions;

/// <summary>
/// The fixed address of an edition: any address of the site, prefixed with <c>/editions/{version}</c>, serves what
/// that edition had there, for ever (<c>/editions/4f0c2a9b7d1e/paper/commitments/4#s2-s3</c>). Citations, embeds and
/// quote-check verdicts that name an edition link here as well as to the current text.
/// </summary>
public static class EditionAddress
{
    /// <summary>The address <paramref name="address"/> (a path, with any query and fragment) in the edition <paramref name="version"/>.</summary>
    public static string Of(string version, string address) =>
        $"{Routes.Editions}/{version}{(address is "" or "/" ? "" : address.StartsWith('/') ? address : "/" + address)}";

    /// <summary>Two editions of one passage compared, word by word.</summary>
    public static string Compare(string address, string from, string to) =>
        $"{Routes.EditionsCompare}?address={Uri.EscapeDataString(address)}&from={from}&to={to}";

    /// <summary>An edition's entry on the list of editions.</summary>
    public static string Entry(string version) => $"{Routes.Editions}#{version}";
}
