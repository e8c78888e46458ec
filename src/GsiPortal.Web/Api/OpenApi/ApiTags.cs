namespace GsiPortal.Web.Api.OpenApi;

/// <summary>The groups the API description sorts its addresses into, each named once with what it holds.</summary>
public static class ApiTags
{
    public const string Texts = "Texts";
    public const string Search = "Search";
    public const string Citations = "Citations";
    public const string CrossReferences = "Cross-references";
    public const string QuoteCheck = "Quote check";
    public const string Embedding = "Embedding";
    public const string Editions = "Editions";
    public const string Assistants = "AI assistants";
    public const string Site = "Site";

    /// <summary>Every group in the order the reference page shows them, with its description.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (Texts, "The paper and the commentaries as data, references read from a text, and the texts and the whole edition as downloads."),
        (Search, "The site's search, and suggestions while typing."),
        (Citations, "Citations in Chicago, APA and MLA, and as BibTeX, RIS, CSL-JSON and a CSL citation object."),
        (CrossReferences, "What links the paper and the commentaries: shared wording, discussions, coverage and key terms."),
        (QuoteCheck, "Whether a passage stands word for word in a text, and every quotation in an article."),
        (Embedding, "Passages for other sites: oEmbed, the embed pages, and short references that lead to a passage."),
        (Editions, "Every edition of the texts, with its date, changes and downloads, and the changes as a feed."),
        (Assistants, "A Model Context Protocol server for AI assistants."),
        (Site, "For crawlers, browsers and operators: the sitemap, robots.txt, OpenSearch, health, and this description."),
    ];
}
