using System.Globalization;

namespace GsiPortal.Core.Content;

/// <summary>A date as precise as the source allows (year, month or day), marked when inferred from the text.</summary>
public sealed record PublicationDate(int Year, int? Month, int? Day, bool Inferred)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Reads "2023", "2023-09" or "2023-09-23"; null when the text is none of these.</summary>
    public static PublicationDate? Parse(string? text, bool inferred)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length > 0)) return null;
        var numbers = parts.Select(p => int.Parse(p, English)).ToArray();
        var date = new PublicationDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null, inferred);
        return date.IsValid ? date : null;
    }

    private bool IsValid =>
        Year is >= 1900 and <= 2200
        && Month is null or (>= 1 and <= 12)
        && (Day is null || (Month is not null && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month.Value)));

    /// <summary>ISO 8601 at the known precision: "2023", "2023-02" or "2023-02-21".</summary>
    public string Iso => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>For readers: "21 February 2023", "2023"; "2023, date inferred" when inferred (it often stands inside parentheses, where a bare "inferred" left readers asking what was).</summary>
    public string Display
    {
        get
        {
            var text = Day is not null ? new DateOnly(Year, Month!.Value, Day.Value).ToString("d MMMM yyyy", English)
                : Month is not null ? new DateOnly(Year, Month.Value, 1).ToString("MMMM yyyy", English)
                : Year.ToString(English);
            return Inferred ? $"{text}, date inferred" : text;
        }
    }

    /// <summary>
    /// The year as the site's own labels give it beside an author ("Lei Kezhong (2022)"): in parentheses where the source
    /// states it; where it does not and the editors infer it from the text, bracketed with a question mark, "Chen
    /// Xiangyang [2023?]", as Chicago's author-date style writes a date supplied for an undated work — the one fact the
    /// citations also give, each in its own style's form (Chicago "[2023?]", APA "n.d.", MLA "circa 2023"; docs/linking.md).
    /// Until this session the labels wrote "(2023)", as if the source stated it.
    /// </summary>
    public string YearLabel => Inferred ? $"[{Year.ToString(English)}?]" : $"({Year.ToString(English)})";

    /// <summary>The earliest day the date can stand for, for comparisons such as "written before the paper".</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest day the date can stand for: a year-only date sorts after the dated events of its year.</summary>
    public DateOnly Latest => Day is not null ? Earliest
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new DateOnly(Year, 12, 31);

    public override string ToString() => Iso;
}
