using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Rendering;

/// <summary>One <c>&lt;meta name content&gt;</c> of a page's head.</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>
/// What reference managers and scholarly indexes read from a page's head: Highwire Press <c>citation_*</c> tags (as
/// Google Scholar's inclusion guidelines define them) and Dublin Core <c>DC.*</c> (DC-HTML, with <c>schema.DC</c>
/// linked), chosen for what Zotero's Embedded Metadata translator (zotero/translators, "Embedded Metadata.js" and the
/// "RDF.js" it hands DC and PRISM to) makes of them: the paper a Report with the ministry as one institutional author,
/// each commentary a Web Page with its venue as the website's title. Built from the front matter and the passage's place.
/// </summary>
public static class ScholarlyMeta
{
    /// <summary>The namespace a <c>&lt;link rel="schema.DC"&gt;</c> declares for the <c>DC.</c> prefix.</summary>
    public const string DublinCoreSchema = "http://purl.org/dc/elements/1.1/";

    /// <summary>Zotero's item types, written as DC.type: its RDF import takes a DC.type that names one of its types as that type.</summary>
    public const string ReportType = "report";
    public const string WebPageType = "webpage";

    /// <summary>The tags for a document, part or item page; nothing for narrower passages, which have no page of their own.</summary>
    public static IReadOnlyList<MetaTag> For(Passage passage, string origin)
    {
        if (passage.Kind is not (PassageKind.Document or PassageKind.Part or PassageKind.Item)) return [];
        var document = passage.Document;
        var url = origin + passage.Address;
        var isPaper = document.Kind == DocumentKind.Paper;
        var tags = new List<MetaTag>
        {
            // The work is the document; a part or an item is a pinpoint in it, as the Cite panel cites it.
            new("citation_title", document.Title),
            new("citation_author", HighwireAuthor(document)),
            new("citation_publication_date", HighwireDate(document.Date)),
        };
        // The report's issuing body: Zotero types a page with this tag a Report and puts the value in its Institution
        // (the Report's publisher field, so no citation_publisher beside it); Google Scholar reads it as the report's.
        if (isPaper && Publisher(document) is { } institution) tags.Add(new("citation_technical_report_institution", institution));
        tags.Add(new("citation_public_url", url));
        tags.Add(new("citation_language", document.Meta.Language ?? "en"));
        if (Pinpoint(passage) is var (first, last))
        {
            tags.Add(new("citation_firstpage", first));
            // An item is one place, "II.4": a last page equal to the first would import as "II.4-II.4".
            if (last != first) tags.Add(new("citation_lastpage", last));
        }
        // More than 35 addresses carry the paper's title, author and date, and Google Scholar folds such pages into one
        // work: each part and item says the work's full text is /paper, which is the work; they are its parts.
        if (passage.Kind != PassageKind.Document) tags.Add(new("citation_fulltext_html_url", origin + AddressBook.Document(document)));

        tags.Add(new("DC.title", document.Title));
        tags.Add(new("DC.creator", Author(document)));
        tags.Add(new("DC.date", document.Date.Iso));
        // No DC.publisher, DC.format or DC.language (citation_language and the page's lang say it): the institution above is the publisher, and the page is HTML; the item pages
        // keep within their 12 KB (ItemPageSizeTests) with the tags that say what Zotero and Scholar need.
        tags.Add(new("DC.identifier", url));
        tags.Add(new("DC.type", isPaper ? ReportType : WebPageType));
        // No DC.source: Zotero reads it as the publication's title, so the ministry's address became a journal's name.
        // A commentary's venue is the publication it appeared in (PRISM's publicationName), a web page's website title.
        if (!isPaper && !string.IsNullOrEmpty(document.Meta.Venue)) tags.Add(new("prism.publicationName", document.Meta.Venue));
        // The statement by its address, as the downloads' Link: rel="license" header names it: the full text (about 400
        // bytes) on every text page would weigh more than the item's own words on a short item (issue #16).
        tags.Add(new("DC.rights", $"{origin}{Routes.About}#reuse"));
        return tags;
    }

    /// <summary>A person as "Family, Given", unambiguous whatever order the name is written in; an organisation as written.</summary>
    public static string Author(Document document) =>
        document.Meta.AuthorFamily is { } family && document.Meta.AuthorGiven is { } given ? $"{family}, {given}" : document.Author;

    /// <summary>
    /// Highwire's author: a person as <see cref="Author"/>; an organisation in the same "Family, Given" form with no given
    /// name ("Ministry of …of China,"), because Zotero splits a name without a comma at its last space into a person
    /// ("China, Ministry of …") and reads one with a comma as family name, given name — here the whole name alone.
    /// </summary>
    public static string HighwireAuthor(Document document) =>
        document.Meta.AuthorFamily is not null && document.Meta.AuthorGiven is not null ? Author(document) : document.Author + ",";

    /// <summary>Highwire's form: "2023/02/21" for a full date, the year alone otherwise (the guidelines allow no month alone).</summary>
    public static string HighwireDate(PublicationDate date) =>
        date.Day is { } day ? $"{date.Year:D4}/{date.Month:D2}/{day:D2}" : date.Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The paper's publisher where the front matter names one, else where the text appeared.</summary>
    private static string? Publisher(Document document) =>
        !string.IsNullOrEmpty(document.Meta.Publisher) ? document.Meta.Publisher
        : !string.IsNullOrEmpty(document.Meta.Venue) ? document.Meta.Venue : null;

    /// <summary>
    /// The paper has no pages; its own numbering ("II.4") is the pinpoint a reader looks up, so it stands where
    /// reference managers expect pages: an item is II.4, a part with items runs from its first to its last.
    /// </summary>
    private static (string First, string Last)? Pinpoint(Passage passage) => passage.Kind switch
    {
        PassageKind.Item => (passage.Item!.Reference, passage.Item.Reference),
        PassageKind.Part when passage.Part!.Items.Count > 0 => (passage.Part.Items[0].Reference, passage.Part.Items[^1].Reference),
        _ => null,
    };
}
