using System.Globalization;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>Dates as each style writes them, and as the data formats encode them.</summary>
internal static class CitationDates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"February 21, 2023", "June 2022", "2023"; a date the text implies but does not state "[2023?]", as CSL's Chicago writes circa.</summary>
    public static string Chicago(PublicationDate d) => d.Inferred ? $"[{d.Year}?]" : Long(d);

    public static string Chicago(DateOnly d) => d.ToString("MMMM d, yyyy", English);

    /// <summary>
    /// APA's "(2022, June 7)" for a web article; "n.d." for a source that states no date, though its text implies one
    /// (APA 7 §9.17: "n.d." when no date is given; "ca." is for the approximate date of an ancient or classical work,
    /// §9.42). apa.csl writes "ca." from CSL's circa flag, which the data formats keep for the other styles.
    /// </summary>
    public static string Apa(PublicationDate d) =>
        d.Inferred ? NoDate
        : d.Day is not null ? $"{d.Year}, {new DateOnly(d.Year, d.Month!.Value, d.Day.Value).ToString("MMMM d", English)}"
        : d.Month is not null ? $"{d.Year}, {new DateOnly(d.Year, d.Month.Value, 1).ToString("MMMM", English)}"
        : d.Year.ToString(English);

    /// <summary>The year alone: APA's date for a report, and every in-text citation's; "n.d." where the source states none.</summary>
    public static string Year(PublicationDate d) => d.Inferred ? NoDate : d.Year.ToString(English);

    /// <summary>APA 7's "no date" (§9.17).</summary>
    public const string NoDate = "n.d.";

    /// <summary>MLA's abbreviated months: "21 Feb. 2023", "7 June 2022", "23 Sept. 2023"; "circa 2023" where inferred.</summary>
    public static string Mla(PublicationDate d) =>
        d.Inferred ? $"circa {d.Year}"
        : d.Day is not null ? $"{d.Day} {MlaMonth(d.Month!.Value)} {d.Year}" : d.Month is not null ? $"{MlaMonth(d.Month.Value)} {d.Year}" : d.Year.ToString(English);

    public static string Mla(DateOnly d) => $"{d.Day} {MlaMonth(d.Month)} {d.Year}";

    public static string Ris(PublicationDate d) => $"{d.Year:D4}/{(d.Month is { } m ? m.ToString("D2", English) : "")}/{(d.Day is { } day ? day.ToString("D2", English) : "")}/";

    public static int[] Parts(PublicationDate d) => d.Day is { } day ? [d.Year, d.Month!.Value, day] : d.Month is { } m ? [d.Year, m] : [d.Year];

    private static string Long(PublicationDate d) =>
        d.Day is not null ? new DateOnly(d.Year, d.Month!.Value, d.Day.Value).ToString("MMMM d, yyyy", English)
        : d.Month is not null ? new DateOnly(d.Year, d.Month.Value, 1).ToString("MMMM yyyy", English)
        : d.Year.ToString(English);

    private static string MlaMonth(int month) => month switch
    {
        1 => "Jan.", 2 => "Feb.", 3 => "Mar.", 4 => "Apr.", 5 => "May", 6 => "June", 7 => "July", 8 => "Aug.", 9 => "Sept.", 10 => "Oct.", 11 => "Nov.", _ => "Dec.",
    };
}
