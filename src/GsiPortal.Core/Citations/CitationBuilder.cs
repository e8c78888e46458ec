using System.Globalization;
using System.Text;
using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>A piece of a citation: its text, and whether the style sets it in italics (a title, a venue).</summary>
public readonly record struct CitationSegment(string Text, bool Italic);

/// <summary>A citation as plain text (to copy or download) and as segments (titles in italics) for the page to render.</summary>
public sealed record Citation(CitationFormat Format, string Text, IReadOnlyList<CitationSegment> Segments);

/// <summary>
/// Builds citations in Chicago (notes), APA 7, MLA 9, BibTeX, RIS and CSL-JSON from front matter and the
/// target's place in the paper, with the canonical address, the edition (version and date) and the access date.
/// </summary>
public static class CitationBuilder
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private const string Site = "GsiPortal";

    public static Citation Build(Passage passage, CitationFormat format, string origin, DateOnly accessed, EditionStamp edition)
    {
        var url = origin.TrimEnd('/') + passage.Address;
        var parts = new Parts(passage, url, accessed, edition);
        return format switch
        {
            CitationFormat.Chicago => Chicago(parts),
            CitationFormat.Apa => Apa(parts),
            CitationFormat.Mla => Mla(parts),
            CitationFormat.Bibtex => Plain(format, Bibtex(parts)),
            CitationFormat.Ris => Plain(format, Ris(parts)),
            _ => Plain(format, CslJson(parts)),
        };
    }

    /// <summary>The fields every style draws on.</summary>
    private sealed record Parts(Passage Target, string Url, DateOnly Accessed, EditionStamp Edition)
    {
        /// <summary>"GsiPortal edition 3f9c2a1b7d4e": the words a reader can look up on /changes.</summary>
        public string EditionName => $"{Site} edition {Edition.Version}";
        public Document Document => Target.Document;
        public string? Place { get; } = CitationPlace.Of(Target);
        public string Key { get; } = CitationPlace.Key(Target);
        public CitedAuthor Author => CitedAuthor.Of(Document);
        public PublicationDate Date => Document.Date;
        public bool IsPaper => Document.Kind == DocumentKind.Paper;
        public string? Venue => string.IsNullOrEmpty(Document.Meta.Venue) ? null : Document.Meta.Venue;
        /// <summary>A cited run of sentences or paragraphs is quoted word for word ahead of the reference.</summary>
        public string? Quotation => Target.Kind is PassageKind.Sentences or PassageKind.Paragraphs ? Target.Text.Replace("\n\n", " ") : null;
        /// <summary>The original publisher's address, where the front matter gives one.</summary>
        public string? Original => string.IsNullOrEmpty(Document.Meta.SourceUrl) ? null : Document.Meta.SourceUrl;
    }

    private static Citation Plain(CitationFormat format, string text) => new(format, text, [new CitationSegment(text, false)]);

    /// <summary>Builds the text and its segments together; italics are kept as a flag for the page to render.</summary>
    private sealed class Styled
    {
        private readonly StringBuilder text = new();
        private readonly List<CitationSegment> segments = [];

        public Styled Add(string s) => Append(s, italic: false);
        public Styled Italic(string s) => Append(s, italic: true);

        private Styled Append(string s, bool italic)
        {
            text.Append(s);
            if (segments.Count > 0 && segments[^1].Italic == italic) segments[^1] = new CitationSegment(segments[^1].Text + s, italic);
            else segments.Add(new CitationSegment(s, italic));
            return this;
        }

        public Citation Build(CitationFormat format) => new(format, text.ToString(), segments);
    }

    private static string Bracketed(PublicationDate date, string text) => date.Inferred ? $"[{text}]" : text;

    // Chicago 17, note form: Author, Title, date, place, URL (accessed date).
    private static Citation Chicago(Parts p)
    {
        var c = new Styled();
        if (p.Quotation is { } q) c.Add($"“{q}” ");
        c.Add($"{p.Author.Natural}, ");
        if (p.IsPaper) c.Italic(p.Document.Title);
        else c.Add($"“{p.Document.Title},”");
        if (p.Venue is { } venue && !p.IsPaper) c.Add(" ").Italic(venue);
        c.Add($"{(p.IsPaper ? "," : p.Venue is null ? "" : ",")} {Bracketed(p.Date, ChicagoDate(p.Date))}");
        if (p.Place is { } place) c.Add($", {place}");
        c.Add($", {p.EditionName}{(p.Edition.Date is { } edited ? $" ({ChicagoDate(edited)})" : "")}");
        c.Add($", {p.Url} (accessed {ChicagoDate(p.Accessed)})");
        if (p.Original is { } original) c.Add($"; originally published at {original}");
        return c.Add(".").Build(CitationFormat.Chicago);
    }

    // APA 7: Author. (Date). Title (place). Site or venue. Retrieved date, from URL. APA has no slot for a second
    // address, so the original publisher's is left to the other styles.
    private static Citation Apa(Parts p)
    {
        var c = new Styled();
        if (p.Quotation is { } q) c.Add($"“{q}” ");
        c.Add($"{p.Author.Apa}{(p.Author.IsPerson ? "" : ".")} ({Bracketed(p.Date, ApaDate(p.Date))}). ");
        if (p.IsPaper) c.Italic(p.Document.Title);
        else c.Add(p.Document.Title);
        if (p.Place is { } place) c.Add($" ({place})");
        c.Add(". ");
        if (!p.IsPaper && p.Venue is { } venue) c.Italic(venue).Add(". ");
        c.Add($"{Site} (edition {p.Edition.Version}{(p.Edition.Date is { } edited ? $", {ChicagoDate(edited)}" : "")}). ");
        return c.Add($"Retrieved {ChicagoDate(p.Accessed)}, from {p.Url}").Build(CitationFormat.Apa);
    }

    // MLA 9: Author. Title. Container, date, place. GsiPortal, URL. Accessed date.
    private static Citation Mla(Parts p)
    {
        var c = new Styled();
        if (p.Quotation is { } q) c.Add($"“{q}” ");
        c.Add($"{p.Author.Mla}. ");
        if (p.IsPaper) c.Italic(p.Document.Title).Add(". ");
        else c.Add($"“{p.Document.Title}.” ");
        if (!p.IsPaper && p.Venue is { } venue) c.Italic(venue).Add(", ");
        c.Add(Bracketed(p.Date, MlaDate(p.Date)));
        if (p.Place is { } place) c.Add($", {place}");
        c.Add(". ").Italic(Site);
        // MLA 9's "version" element, after the container.
        c.Add($", edition {p.Edition.Version}{(p.Edition.Date is { } edited ? $" of {MlaDate(edited)}" : "")}");
        c.Add($", {p.Url}. Accessed {MlaDate(p.Accessed)}.");
        // MLA 9 places an original publication as an optional element at the end.
        if (p.Original is { } original) c.Add($" Originally published at {original}.");
        return c.Build(CitationFormat.Mla);
    }

    private static string Bibtex(Parts p)
    {
        var fields = new List<(string, string)>
        {
            ("author", p.Author.Bibtex),
            ("title", $"{{{p.Document.Title}}}"),
            ("year", p.Date.Year.ToString(English)),
        };
        if (p.Date.Month is { } m) fields.Add(("month", new DateOnly(2000, m, 1).ToString("MMM", English).ToLowerInvariant()));
        fields.Add(("date", p.Date.Iso));
        if (p.IsPaper && p.Document.Meta.Publisher is { } publisher) fields.Add(("publisher", publisher));
        fields.Add(("howpublished", !p.IsPaper && p.Venue is { } venue ? $"{venue}; {Site}" : Site));
        // biblatex's version field; the note says what it is for BibTeX styles that ignore it.
        fields.Add(("version", p.Edition.Version));
        var notes = new List<string>();
        if (p.Place is { } place) notes.Add(place);
        if (p.Date.Inferred) notes.Add("date inferred from the text");
        if (p.Quotation is { } q) notes.Add($"quoting: “{q}”");
        if (p.Original is { } original) notes.Add($"originally published at {original}");
        notes.Add(EditionNote(p));
        fields.Add(("note", string.Join("; ", notes)));
        fields.Add(("url", p.Url));
        fields.Add(("urldate", p.Accessed.ToString("yyyy-MM-dd", English)));
        var body = string.Join(",\n", fields.Select(f => $"  {f.Item1} = {(f.Item1 == "month" ? f.Item2 : $"{{{f.Item2}}}")}"));
        return $"@misc{{{p.Key},\n{body}\n}}\n";
    }

    private static string Ris(Parts p)
    {
        var lines = new List<(string, string)>
        {
            ("TY", p.IsPaper ? "GOVDOC" : "ELEC"),
            ("AU", p.Author.Ris),
            ("TI", p.Document.Title),
            ("PY", p.Date.Year.ToString(English)),
            ("DA", RisDate(p.Date)),
        };
        if (!p.IsPaper && p.Venue is { } venue) lines.Add(("T2", venue));
        if (p.IsPaper && p.Document.Meta.Publisher is { } publisher) lines.Add(("PB", publisher));
        if (p.Place is { } place) lines.Add(("SE", place));
        if (p.Date.Inferred) lines.Add(("N1", "Date inferred from the text."));
        if (p.Quotation is { } q) lines.Add(("N1", $"Quoting: “{q}”"));
        if (p.Original is { } original) lines.Add(("N1", $"Originally published at {original}"));
        lines.Add(("ET", EditionNote(p)));
        lines.Add(("UR", p.Url));
        lines.Add(("Y2", RisDate(new PublicationDate(p.Accessed.Year, p.Accessed.Month, p.Accessed.Day, false))));
        lines.Add(("DB", Site));
        lines.Add(("LA", p.Document.Meta.Language ?? "en"));
        return string.Concat(lines.Select(l => $"{l.Item1}  - {l.Item2}\n")) + "ER  - \n";
    }

    private static string CslJson(Parts p)
    {
        var item = new Dictionary<string, object>
        {
            ["id"] = p.Key,
            ["type"] = p.IsPaper ? "report" : "article",
            ["title"] = p.Document.Title,
            ["author"] = new[] { p.Author.IsPerson ? new Dictionary<string, string> { ["family"] = p.Author.Family!, ["given"] = p.Author.Given! } : new Dictionary<string, string> { ["literal"] = p.Author.Written } },
            ["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { DateParts(p.Date) } },
            ["accessed"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { p.Accessed.Year, p.Accessed.Month, p.Accessed.Day } } },
            ["URL"] = p.Url,
            ["language"] = p.Document.Meta.Language ?? "en",
            ["version"] = p.Edition.Version,
        };
        if (p.Date.Inferred) item["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { DateParts(p.Date) }, ["circa"] = true };
        if (!p.IsPaper && p.Venue is { } venue) item["container-title"] = venue;
        if (p.IsPaper && p.Document.Meta.Publisher is { } publisher) item["publisher"] = publisher;
        if (p.Place is { } place) item["section"] = place;
        var notes = new List<string>();
        if (p.Quotation is { } q) notes.Add($"Quoting: “{q}”");
        if (p.Original is { } original) notes.Add($"Originally published at {original}");
        notes.Add(EditionNote(p));
        item["note"] = string.Join(". ", notes);
        return JsonSerializer.Serialize(new[] { item }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>"GsiPortal edition 3f9c2a1b7d4e of 2026-11-25", for the data formats.</summary>
    private static string EditionNote(Parts p) => p.Edition.DateIso is { } date ? $"{p.EditionName} of {date}" : p.EditionName;

    private static int[] DateParts(PublicationDate d) => d.Day is { } day ? [d.Year, d.Month!.Value, day] : d.Month is { } m ? [d.Year, m] : [d.Year];

    private static string ChicagoDate(PublicationDate d) =>
        d.Day is not null ? new DateOnly(d.Year, d.Month!.Value, d.Day.Value).ToString("MMMM d, yyyy", English)
        : d.Month is not null ? new DateOnly(d.Year, d.Month.Value, 1).ToString("MMMM yyyy", English)
        : d.Year.ToString(English);

    private static string ChicagoDate(DateOnly d) => d.ToString("MMMM d, yyyy", English);

    private static string ApaDate(PublicationDate d) =>
        d.Day is not null ? $"{d.Year}, {new DateOnly(d.Year, d.Month!.Value, d.Day.Value).ToString("MMMM d", English)}"
        : d.Month is not null ? $"{d.Year}, {new DateOnly(d.Year, d.Month.Value, 1).ToString("MMMM", English)}"
        : d.Year.ToString(English);

    /// <summary>MLA's abbreviated months: "21 Feb. 2023", "7 June 2022", "23 Sept. 2023".</summary>
    private static string MlaDate(PublicationDate d) =>
        d.Day is not null ? $"{d.Day} {MlaMonth(d.Month!.Value)} {d.Year}" : d.Month is not null ? $"{MlaMonth(d.Month.Value)} {d.Year}" : d.Year.ToString(English);

    private static string MlaDate(DateOnly d) => $"{d.Day} {MlaMonth(d.Month)} {d.Year}";

    private static string MlaMonth(int month) => month switch
    {
        1 => "Jan.", 2 => "Feb.", 3 => "Mar.", 4 => "Apr.", 5 => "May", 6 => "June", 7 => "July", 8 => "Aug.", 9 => "Sept.", 10 => "Oct.", 11 => "Nov.", _ => "Dec.",
    };

    private static string RisDate(PublicationDate d) => $"{d.Year:D4}/{(d.Month is { } m ? m.ToString("D2", English) : "")}/{(d.Day is { } day ? day.ToString("D2", English) : "")}/";
}
