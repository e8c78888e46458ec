namespace GsiPortal.Core.Citations;

/// <summary>The citation styles and data formats offered for every item and commentary.</summary>
public enum CitationFormat
{
    Chicago,
    Apa,
    Mla,
    Bibtex,
    Ris,
    CslJson,
    /// <summary>A CSL citation object: the CSL-JSON item with its pinpoint as the cite locator a processor prints.</summary>
    CslCitation,
}

/// <summary>Names, media types and file endings of the formats, as the <c>format=</c> parameter spells them.</summary>
public static class CitationFormats
{
    public static IReadOnlyList<CitationFormat> All { get; } = Enum.GetValues<CitationFormat>();

    public static string Key(CitationFormat format) => format switch
    {
        CitationFormat.Chicago => "chicago",
        CitationFormat.Apa => "apa",
        CitationFormat.Mla => "mla",
        CitationFormat.Bibtex => "bibtex",
        CitationFormat.Ris => "ris",
        CitationFormat.CslCitation => "csl-citation",
        _ => "csl-json",
    };

    public static string Label(CitationFormat format) => format switch
    {
        CitationFormat.Chicago => "Chicago (notes and bibliography)",
        CitationFormat.Apa => "APA 7",
        CitationFormat.Mla => "MLA 9",
        CitationFormat.Bibtex => "BibTeX",
        CitationFormat.Ris => "RIS",
        CitationFormat.CslCitation => "CSL citation",
        _ => "CSL-JSON",
    };

    public static string MediaType(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "application/x-bibtex",
        CitationFormat.Ris => "application/x-research-info-systems",
        CitationFormat.CslJson => "application/vnd.citationstyles.csl+json",
        // No type is registered for a citation object: it is JSON, as Zotero's word-processor plugins store it.
        CitationFormat.CslCitation => "application/json",
        _ => "text/plain",
    };

    public static string FileExtension(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "bib",
        CitationFormat.Ris => "ris",
        CitationFormat.CslJson or CitationFormat.CslCitation => "json",
        _ => "txt",
    };

    public static CitationFormat? Parse(string? key) => All.Cast<CitationFormat?>().FirstOrDefault(f => Key(f!.Value) == key?.ToLowerInvariant());
}
