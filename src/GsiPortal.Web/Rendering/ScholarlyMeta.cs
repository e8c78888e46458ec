using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

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

    /// <summary>
    /// Zotero's item type for a commentary, in Zotero's own namespace (<c>z.itemType</c>; the translator knows the
    /// prefix): a DC.type naming the type would also fill the Web Page's "Website Type", which citeproc prints
    /// ("Webpage." in Chicago and MLA, "[Webpage]" in APA). The paper needs none: its institution tag types it.
    /// </summary>
    public const string ZoteroItemType = "z.itemType";
    public const string WebPageType = "webpage";

    /// <summary>The tags for the page a request asked for, in the edition the request reads.</summary>
    public static IReadOnlyList<MetaTag> For(Passage passage, HttpContext context) =>
        For(passage, SiteOrigin.Of(context), context.RequestServices.GetRequiredService<Edition>().Version, FixedEdition.Of(context) is not null);

    /// <summary>The tags for a document, part or item page; nothing for narrower passages, which have no page of their own.</summary>
    /// <param name="passage">The document, part or item the page shows.</param>
    /// <param name="origin">The site's origin (<see cref="SiteOrigin"/>).</param>
    /// <param name="edition">The edition the page shows (its id).</param>
    /// <param name="fixedPage">Whether the page is read at that edition's own address (<c>/editions/{version}/…</c>).</param>
    public static IReadOnlyList<MetaTag> For(Passage passage, string origin, string edition, bool fixedPage = false)
    {
        if (passage.Kind is not (PassageKind.Document or PassageKind.Part or PassageKind.Item)) return [];
        var document = passage.Document;
        // The item a reader saves is what they cite, so its URL is the edition's address, as every citation's is by default:
        // it shows the cited words for ever, and it is the only field of a Report or Web Page that can name the edition
        // (Zotero has no edition field for either; the date stays the original's). The canonical link stays the current
        // text's, for search engines and sites that link the page.
        var url = origin + EditionAddress.Of(edition, passage.Address);
        // The work's full text, for Google Scholar, which folds the parts and items into the work /paper: the current
        // text's address, one for every edition, except on a fixed edition's page, which is that edition's.
        string Work(string address) => origin + (fixedPage ? EditionAddress.Of(edition, address) : address);
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
        // No citation_firstpage: a part or an item is a place in the work, not its pages. Zotero kept "II.4" as the Report's
        // Pages, which APA printed in the reference list ("Concept Paper (p. II.4)") and MLA as "p. II.4", one entry per
        // item saved; both styles give a pinpoint in the running text, as the citation's locator (the Cite panel's).
        // More than 35 addresses carry the paper's title, author and date, and Google Scholar folds such pages into one
        // work: each part and item says the work's full text is /paper, which is the work; they are its parts.
        if (passage.Kind != PassageKind.Document) tags.Add(new("citation_fulltext_html_url", Work(AddressBook.Document(document))));

        tags.Add(new("DC.title", document.Title));
        tags.Add(new("DC.creator", Author(document)));
        // W3CDTF, the year alone for an inferred date too: DC-HTML's profile has no approximate form (OpenAIRE's
        // guidelines: a fuzzy date as its most likely year), and Zotero takes the item's date from the Highwire tag above.
        tags.Add(new("DC.date", document.Date.Iso));
        // No DC.publisher, DC.format or DC.language (citation_language and the page's lang say it): the institution above is the publisher, and the page is HTML; the item pages
        // keep within their 12 KB (ItemPageSizeTests) with the tags that say what Zotero and Scholar need.
        tags.Add(new("DC.identifier", url));
        // No DC.type: Zotero copies it into the Report Type or Website Type, which the styles print ("Report.", "Webpage.").
        if (!isPaper) tags.Add(new(ZoteroItemType, WebPageType));
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
    /// Highwire's author as Zotero stores it. Zotero splits a name without a comma at its last space into a person
    /// ("China, Ministry of …"), reads "Family, Given" as two fields, and a name with a trailing comma as one field.
    /// An organisation is one field ("Ministry of …of China,"). A person is "Family, Given" whatever order the name is
    /// written in: Zotero has no place for the order, and a family-first name in one field ("Lei Kezhong") has no
    /// family name, so APA printed "(Lei Kezhong, 2022)" and "Lei Kezhong." for "(Lei, 2022)" and "Lei, K.", and MLA
    /// "(Lei Kezhong)". Two fields cost Chicago's first full note its order ("Kezhong Lei"); docs/linking.md weighs it.
    /// </summary>
    public static string HighwireAuthor(Document document) =>
        CitedAuthor.Of(document).IsPerson ? Author(document) : document.Author + ",";

    /// <summary>
    /// Highwire's form for a date the source states: "2023/02/21" for a full date, the year alone otherwise (Google
    /// Scholar's guidelines allow no other form, no month alone). A date the editors infer is "circa 2023": the one tag
    /// that gives a Zotero item its date (Embedded Metadata.js; DC.date gives none beside it) then keeps it approximate,
    /// where "2023" made it a date the source states, printed so by every style. Zotero's CSL export reads the prefix
    /// as CSL's circa (zotero/utilities since August 2026: Chicago "[2023?]", APA "ca. 2023", MLA "Circa 2023"), and
    /// earlier as a season that Chicago's notes and MLA print ("circa 2023"). The cost: Scholar documents no such form.
    /// docs/linking.md records the real runs.
    /// </summary>
    public static string HighwireDate(PublicationDate date) =>
        date.Inferred ? $"circa {date.Iso}"
        : date.Day is { } day ? $"{date.Year:D4}/{date.Month:D2}/{day:D2}" : date.Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The paper's publisher where the front matter names one, else where the text appeared.</summary>
    private static string? Publisher(Document document) =>
        !string.IsNullOrEmpty(document.Meta.Publisher) ? document.Meta.Publisher
        : !string.IsNullOrEmpty(document.Meta.Venue) ? document.Meta.Venue : null;
}
