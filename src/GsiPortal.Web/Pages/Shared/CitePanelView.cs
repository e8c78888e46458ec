using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>
/// What the Cite section shows: the passage's address in this edition (<see cref="Link"/>, absolute; <see cref="LinkPath"/>,
/// the same on this site), one citation in the default style carrying it (the reader's chosen style replaces it where
/// the script runs, which also adds the current text's address as a second line), and the other formats as downloads.
/// </summary>
public sealed record CitePanelView(Passage Passage, string Link, string LinkPath, Citation Citation, DateOnly Accessed)
{

    /// <summary>The style shown without the script: Chicago, the humanities' default.</summary>
    public const CitationFormat DefaultStyle = CitationFormat.Chicago;

    /// <summary>The styles a reader picks from; the rest are data formats, offered as downloads.</summary>
    public static IReadOnlyList<CitationFormat> Styles { get; } = [CitationFormat.Chicago, CitationFormat.Apa, CitationFormat.Mla];

    /// <summary>
    /// What the panel offers to download: the styles and the formats reference managers import. The CSL citation object is
    /// for programs that format citations (/cite?format=csl-citation, the API reference), not something a reader imports.
    /// </summary>
    public static IReadOnlyList<CitationFormat> Downloads { get; } = CitationFormats.All.Where(f => f != CitationFormat.CslCitation).ToList();

    public static CitePanelView For(Edition edition, Passage passage, HttpContext context)
    {
        var today = SiteOrigin.Today(context);
        // The link and the citation carry the edition's address, which shows the cited words for ever, as every citation
        // does by default (docs/linking.md, "What a citation links"); reader.js adds the current text's address below.
        var origin = Api.CiteApi.CitingOrigin(context, edition);
        var citation = edition.Citations.For(passage, DefaultStyle, origin, today);
        // Every page shows Chicago's note and its bibliography entry as served: an item page once shipped the note alone
        // (for its 12 KB) and let reader.js complete it, but the line the script added moved the page under the reader's
        // eyes (PageQualityTests' layout shift); both lines fit the budget (ItemPageSizeTests).
        return new CitePanelView(passage, origin + passage.Address, EditionAddress.Of(edition.Version, passage.Address), citation, today);
    }

    /// <summary>The format the box says it holds, which the script compares with the style picked.</summary>
    public string ShownFormat => CitationFormats.Key(DefaultStyle);

    public string What => Passage.Kind switch
    {
        PassageKind.Item => $"this {Passage.Item!.Part.ItemNoun}",
        PassageKind.Part => "this part",
        PassageKind.Document when Passage.Document.Kind == Core.Content.DocumentKind.Paper => "the paper",
        PassageKind.Document => "this commentary",
        _ => "this passage",
    };

    public string DownloadLink(CitationFormat format) => AddressBook.Cite(Passage, CitationFormats.Key(format));

    /// <summary>A style's citation as HTML or RTF, which keep its italics.</summary>
    public string MarkupLink(CitationFormat style, string markup) => $"{DownloadLink(style)}&{Api.CiteApi.MarkupParameter}={markup}";
}
