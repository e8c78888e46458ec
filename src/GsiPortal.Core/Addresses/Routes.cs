namespace GsiPortal.Core.Addresses;

/// <summary>
/// The site's fixed paths, spelled once. Route declarations (<c>@page</c> directives and endpoint maps) repeat
/// their templates; everything that writes an address asks the <see cref="AddressBook"/>, which builds on these.
/// </summary>
public static class Routes
{
    public const string Home = "/";
    public const string Paper = "/paper";
    public const string Commentaries = "/commentaries";
    public const string Search = "/search";
    public const string QuoteCheck = "/quote-check";
    public const string QuoteAudit = "/quote-check/audit";
    public const string Coverage = "/coverage";
    public const string Terms = "/terms";
    /// <summary>The editors' subject index, A–Z: each subject a reader might look for, with the passages that treat it.</summary>
    public const string Subjects = "/subjects";
    public const string Compare = "/compare";
    public const string Reference = "/ref";
    public const string Cite = "/cite";
    public const string Embed = "/embed";
    public const string Download = "/download";
    /// <summary>The whole edition as one EPUB 3 file.</summary>
    public const string EditionEpub = "/download/edition.epub";
    /// <summary>The whole edition as one PDF (A4; <c>?paper=letter</c> for US Letter).</summary>
    public const string EditionPdf = "/download/edition.pdf";
    public const string OEmbed = "/oembed";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string OpenSearch = "/opensearch.xml";
    public const string OpenApi = "/openapi/v1.json";
    /// <summary>The API described for readers, from the same OpenAPI document.</summary>
    public const string ApiReference = "/api-reference";
    public const string About = "/about";
    public const string HowToCite = "/how-to-cite";
    public const string Changes = "/changes";
    public const string ChangesFeed = "/changes.atom";
    /// <summary>Every edition, listed; <c>/editions/{version}/…</c> serves any address as that edition had it.</summary>
    public const string Editions = "/editions";
    /// <summary>Two editions of one passage compared: <c>?address=…&amp;from=…&amp;to=…</c>.</summary>
    public const string EditionsCompare = "/editions/compare";
    public const string ApiEditions = "/api/editions";
    /// <summary>The edition's content files as a ZIP.</summary>
    public const string TextsZip = "/download/texts.zip";
    public const string NotFound = "/not-found";
    public const string Error = "/error";
    public const string Liveness = "/healthz";
    public const string Readiness = "/readyz";
    public const string Api = "/api";
    public const string ApiSearch = "/api/search";
    public const string ApiSuggest = "/api/suggest";
    /// <summary>
    /// A search's passages found by meaning, the query embedded (same parameters as <see cref="ApiSearch"/>): apart,
    /// so the keyword answer never waits for the model.
    /// </summary>
    public const string ApiSearchMeaning = "/api/search/meaning";
    /// <summary>
    /// On <see cref="Search"/>: <c>show</c> waits for the passages found by meaning and shows the whole page (the link
    /// for a reader without script); <c>only</c> answers just the page's meaning section, as HTML, for its script.
    /// </summary>
    public const string MeaningParameter = "meaning";
    /// <summary>
    /// On <see cref="Search"/>: the edition whose search address sent the reader here (<c>/editions/{edition}/search</c>
    /// redirects to the current search, which says so).
    /// </summary>
    public const string SearchedFromParameter = "edition";
    public const string MeaningShow = "show";
    public const string MeaningOnly = "only";
    public const string ApiQuoteCheck = "/api/quote-check";
    public const string ApiQuoteAudit = "/api/quote-audit";
    public const string ApiCoverage = "/api/coverage";
    public const string ApiTerms = "/api/terms";
    public const string ApiPassages = "/api/passages";
    /// <summary>Every reference to the texts in a text sent (POST, or GET with <c>text=</c>), with spans and places.</summary>
    public const string ApiReferences = "/api/references";
    /// <summary>The script other sites include to link references to the texts.</summary>
    public const string LinkerScript = "/js/linker.js";
    /// <summary>The Model Context Protocol endpoint (streamable HTTP) for AI assistants.</summary>
    public const string ApiMcp = "/api/mcp";

    /// <summary>After an item's or a key term's address, two commentaries side by side on it (<c>?a=…&amp;b=…</c>).</summary>
    public const string SideBySideSuffix = "/commentaries";
    /// <summary>The commentary on the left (first on a phone) of a side-by-side view: its id or its author's family name.</summary>
    public const string PairFirstParameter = "a";
    /// <summary>The commentary on the right (second on a phone).</summary>
    public const string PairSecondParameter = "b";

    /// <summary>The query parameter that marks words on arrival (<c>?highlight=indivisible+security</c>).</summary>
    public const string HighlightParameter = "highlight";

    /// <summary>
    /// The passage of a page as its fragment names it (<c>s2-s3</c>, <c>p5</c>): <c>/cite/…?at=</c>; on <c>/embed/…</c>
    /// only redirected to the embed's own form, <c>/embed/paper/commitments/4/s2-s3</c>.
    /// </summary>
    public const string AtParameter = "at";

    /// <summary>An embed page's quotation shown in this many whole lines at most, then an ellipsis (oEmbed's maxheight).</summary>
    public const string EmbedLinesParameter = "lines";
}
