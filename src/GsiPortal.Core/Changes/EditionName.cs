using System.Globalization;

namespace GsiPortal.Core.Changes;

/// <summary>
/// How an edition is named wherever the site names one — citations, /changes, /editions, the banner of a fixed edition,
/// the embeds: by the date of its latest change and its id, "the edition of 5 December 2026 (bae16a670333)". A day can
/// hold several editions (three were dated 5 December 2026), so the date alone does not say which one a quotation came
/// from; the id does, and it is the address of the edition for ever: <c>/editions/bae16a670333/…</c>. The id is always
/// given, not only when a day already holds another, since a later edition of the same day would make a citation that
/// gave only the date ambiguous after it was made.
/// </summary>
public static class EditionName
{
    /// <summary>"5 December 2026", as the pages write an edition's date.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"edition of 5 December 2026 (bae16a670333)", the date written by <paramref name="date"/> (the page's form by default); "edition bae16a670333" when no change is recorded.</summary>
    public static string Of(string version, DateOnly? edited, Func<DateOnly, string>? date = null) =>
        edited is { } d ? $"edition of {(date ?? Date)(d)} ({version})" : $"edition {version}";

    /// <summary>The stamp's edition so named.</summary>
    public static string Of(EditionStamp stamp, Func<DateOnly, string>? date = null) => Of(stamp.Version, stamp.Date, date);
}
