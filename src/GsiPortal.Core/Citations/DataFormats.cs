using System.Globalization;
using System.Text.Json;

namespace GsiPortal.Core.Citations;

/// <summary>
/// BibTeX, RIS and CSL-JSON, typed and filled as Zotero's import translators (BibTeX.js, RIS.js) and its CSL-JSON
/// import keep them: the paper a report with the ministry as its institution, a commentary a web page with its venue
/// as the website; the pinpoint, the quotation, the original's address and the edition (version and date) in the note
/// Zotero keeps (N1 as a child note, CSL-JSON's note and BibTeX's note as Extra), not in fields a report or web page lacks.
/// </summary>
internal static class DataFormats
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Bibtex(CitedParts p)
    {
        var fields = new List<(string, string)>
        {
            ("author", p.Author.Bibtex),
            ("title", $"{{{p.Document.Title}}}"),
            ("year", p.Date.Year.ToString(English)),
        };
        if (p.Date.Month is { } m) fields.Add(("month", new DateOnly(2000, m, 1).ToString("MMM", English).ToLowerInvariant()));
        fields.Add(("date", p.Date.Iso));
        if (p.IsPaper && p.Publisher is { } publisher) fields.Add(("institution", publisher));
        if (!p.IsPaper && p.Venue is { } venue)
        {
            // biblatex prints an @online's organization; Zotero's BibTeX import drops it (a Web Page has no publisher)
            // and takes the website's title from journaltitle, which biblatex's @online does not print.
            fields.Add(("organization", venue));
            fields.Add(("journaltitle", venue));
        }
        // biblatex's version field; the note says what it is for BibTeX styles that ignore it.
        fields.Add(("version", p.Edition.Version));
        fields.Add(("note", string.Join("; ", Notes(p))));
        fields.Add(("url", p.WorkUrl));
        fields.Add(("urldate", p.Accessed.ToString("yyyy-MM-dd", English)));
        var body = string.Join(",\n", fields.Select(f => $"  {f.Item1} = {(f.Item1 == "month" ? f.Item2 : $"{{{f.Item2}}}")}"));
        // @techreport (BibTeX's own type, biblatex's report) and @online: Zotero imports them as Report and Web Page.
        return $"@{(p.IsPaper ? "techreport" : "online")}{{{p.Key},\n{body}\n}}\n";
    }

    public static string Ris(CitedParts p)
    {
        var lines = new List<(string, string)>
        {
            // RPRT and ELEC: Zotero's RIS import makes a Report and a Web Page of them.
            ("TY", p.IsPaper ? "RPRT" : "ELEC"),
            // A name without a comma is an institution to RIS readers (Zotero: a single-field creator).
            ("AU", p.Author.Ris),
            ("TI", p.Document.Title),
            ("PY", p.Date.Year.ToString(English)),
            ("DA", CitationDates.Ris(p.Date)),
        };
        if (!p.IsPaper && p.Venue is { } venue) lines.Add(("T2", venue));
        if (p.IsPaper && p.Publisher is { } publisher) lines.Add(("PB", publisher));
        lines.AddRange(Notes(p).Select(note => ("N1", note)));
        lines.Add(("UR", p.WorkUrl));
        lines.Add(("Y2", CitationDates.Ris(new Content.PublicationDate(p.Accessed.Year, p.Accessed.Month, p.Accessed.Day, false))));
        lines.Add(("DB", CitationBuilder.Site));
        lines.Add(("LA", p.Document.Meta.Language ?? "en"));
        return string.Concat(lines.Select(l => $"{l.Item1}  - {l.Item2}\n")) + "ER  - \n";
    }

    public static string CslJson(CitedParts p) => JsonSerializer.Serialize(new[] { CslItem(p) }, Json) + "\n";

    /// <summary>
    /// A CSL citation object (schema csl-citation.json 1.0, as Zotero stores a citation in a word processor): the item in
    /// <c>itemData</c> and the pinpoint as the cite's <c>locator</c> and <c>label</c>, which every CSL style prints where it
    /// prints a pinpoint ("pt. II, commitment 4"; APA "Part II, …"; "para. 5"). The item alone cannot carry it: CSL has
    /// no item variable for a place in the work, so a processor given only CSL-JSON prints none.
    /// </summary>
    public static string CslCitation(CitedParts p)
    {
        var cite = new Dictionary<string, object> { ["id"] = p.Key };
        if (CitationPlace.Locator(p.Target) is { } locator)
        {
            cite["locator"] = locator.Value;
            cite["label"] = locator.Label;
        }
        cite["itemData"] = CslItem(p);
        var citation = new Dictionary<string, object>
        {
            ["schema"] = "https://resource.citationstyles.org/schema/v1.0/input/json/csl-citation.json",
            // The citation's own id names the place (two citations of one work are two citations of one item).
            ["citationID"] = CitationId(p.Target.Address),
            ["citationItems"] = new[] { cite },
            // 0: a citation in the running text; a processor writing notes numbers them itself.
            ["properties"] = new Dictionary<string, object> { ["noteIndex"] = 0 },
        };
        return JsonSerializer.Serialize(citation, Json) + "\n";
    }

    /// <summary>"paper-commitments-4-s2-s3", "commentaries-lei-kezhong-p5": the cited address as an id.</summary>
    private static string CitationId(string address) =>
        string.Join('-', address.Split(['/', '#', '.'], StringSplitOptions.RemoveEmptyEntries));

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Dictionary<string, object> CslItem(CitedParts p)
    {
        var item = new Dictionary<string, object>
        {
            ["id"] = p.Key,
            // A web article is CSL's webpage: "article" is a preprint or working paper, and Chicago prints it so.
            ["type"] = p.IsPaper ? "report" : "webpage",
            ["title"] = p.Document.Title,
            ["author"] = new[] { CslName(p.Author) },
            ["issued"] = p.Date.Inferred
                ? new Dictionary<string, object> { ["date-parts"] = new[] { CitationDates.Parts(p.Date) }, ["circa"] = true }
                : new Dictionary<string, object> { ["date-parts"] = new[] { CitationDates.Parts(p.Date) } },
            ["accessed"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { p.Accessed.Year, p.Accessed.Month, p.Accessed.Day } } },
            ["URL"] = p.WorkUrl,
            ["language"] = p.Document.Meta.Language ?? "en",
        };
        if (!p.IsPaper && p.Venue is { } venue) item["container-title"] = venue;
        if (p.IsPaper && p.Publisher is { } publisher) item["publisher"] = publisher;
        // One note a line, as Zotero's Extra keeps them; each line ends as it ends, with no full stop added after a quotation.
        item["note"] = string.Join("\n", Notes(p));
        return item;
    }

    /// <summary>
    /// A person by family and given name; a family-first name ("Lei Kezhong") with CSL's static-ordering flag, which
    /// citeproc-js honours by writing it family first with no comma, as the author writes it; an institution as a literal.
    /// </summary>
    private static Dictionary<string, object> CslName(CitedAuthor author)
    {
        if (!author.IsPerson) return new() { ["literal"] = author.Written };
        var name = new Dictionary<string, object> { ["family"] = author.Family!, ["given"] = author.Given! };
        if (author.FamilyFirst) name["static-ordering"] = true;
        return name;
    }

    /// <summary>What has no field of its own in a report or web page: pinpoint, inferred date, quotation, original and capture, edition.</summary>
    private static List<string> Notes(CitedParts p)
    {
        var notes = new List<string>();
        // The place cited and its address: the item's URL is the work's, the same for every place cited in it.
        if (p.Place is { } place) notes.Add($"Pinpoint: {place}, {p.Url}");
        if (p.Date.Inferred) notes.Add("Date inferred from the text");
        // The quotation keeps the marks its source printed (Typography.Curly); where those are double quotation marks,
        // the note's own are single, so that no mark nests in its like (“Fourth, “taking …”: a reader's review).
        if (p.Quotation is { } q) notes.Add(q.IndexOfAny(['“', '”', '"']) >= 0 ? $"Quoting: ‘{q}’" : $"Quoting: “{q}”");
        if (p.Original is { } original) notes.Add($"Originally published at {original}");
        if (Content.Provenance.Of(p.Document).Note is { } provenance) notes.Add(provenance);
        notes.Add(p.EditionNote);
        return notes;
    }
}
