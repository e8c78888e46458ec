using System.Text.Json.Nodes;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Core.References;
using Microsoft.OpenApi;

namespace GsiPortal.Web.Api.OpenApi;

/// <summary>
/// What every parameter of the API means, which values it takes, and an example that answers: the one table the
/// description draws on. Values that come from the content (part slugs, commentary ids) are read from the edition the
/// description is made for, so they are never written here. OpenApiTests sends each example and fails on a parameter
/// with no entry.
/// </summary>
public static class ApiParameters
{
    /// <summary>A parameter's meaning, its values when they are a closed set, the pattern of a number, its default and an example.</summary>
    public sealed record Text(string Description, IReadOnlyList<string>? Values = null, string? Pattern = null, string? Default = null, string? Example = null, int? MaxLength = null, bool Required = false);

    private const string WholeNumber = "^[1-9][0-9]*$";

    /// <summary>The entry for a parameter of the operation at this path, or null when there is none.</summary>
    public static Text? For(string path, string name, Edition? edition, string origin)
    {
        var parts = edition?.Paper.Parts.Select(p => p.Slug).ToList();
        var commentaries = edition?.Library.Commentaries.Select(c => c.Id).ToList();
        var citationFormats = CitationFormats.All.Select(CitationFormats.Key).ToList();
        return (path, name) switch
        {
            ("/api/search/meaning", "q") => new("The words to search for, as for /api/search: its foundByMeaningUrl gives this address for its query. Missing or blank, the answer is 400.", Example: "is China willing to mediate conflicts", Required: true),
            ("/api/search/meaning", "kind") => new("Only results of this kind, as for /api/search.", Example: "commitment"),
            ("/api/search/meaning", "doc") => new("Only results in this document, as for /api/search.", Values: commentaries is null ? null : ["paper", .. commentaries], Example: "paper"),
            ("/api/search/meaning", "page") => new("As for /api/search; meaning adds results on the first page only.", Pattern: WholeNumber, Default: "1", Example: "1"),
            ("/api/search", "q") => new("The words to search for. Quotation marks (\" or “ ”) keep a phrase together; a reference such as II.4 is also read as one. Missing or blank, the answer is 400 (so is a q of invisible characters only).", Example: "indivisible security", Required: true),
            ("/api/search", "kind") => new("Only results of this kind, as the answer's facets.kind names them (paper, commentary, or an item's kind such as commitment or priority).", Example: "commitment"),
            ("/api/search", "doc") => new("Only results in this document: the paper, or a commentary by its id.", Values: commentaries is null ? null : ["paper", .. commentaries], Example: "paper"),
            ("/api/search", "page") => new("The page of results, from 1.", Pattern: WholeNumber, Default: "1", Example: "1"),
            ("/api/suggest", "q") => new("What the reader has typed so far.", Example: "indiv"),
            (_, "path") when path.StartsWith("/cite", StringComparison.Ordinal) => new("The address of what is cited, without its first slash: the paper, a part, an item or a commentary.", Example: "paper/commitments/4"),
            (_, "path") when path.StartsWith("/embed", StringComparison.Ordinal) => new("The address of the passage to embed, without its first slash: an item, a part or a commentary, then the fragment its page uses as a last segment (s2-s3, p5); other spellings redirect to this one.", Example: "paper/commitments/4"),
            ("/cite/{path}", "format") => new("The style or data format. csl-citation is a CSL citation object: the CSL-JSON item with its pinpoint as the cite locator, so that a CSL processor prints it.", Values: citationFormats, Default: "chicago", Example: "chicago"),
            ("/cite/{path}", "sentence") => new("Cite only this sentence, or this range of sentences, of the item or paragraph.", Pattern: "^[1-9][0-9]*(-[1-9][0-9]*)?$", Example: "2-3"),
            ("/cite/{path}", "at") => new("Cite only this passage of the page, as its address's fragment names it: s2, s2-s3, p5, p4-p6, p5-s2.", Pattern: "^[a-z0-9.-]+$", Example: "s2-s3"),
            ("/cite/{path}", "markup") => new("A style (chicago, apa, mla) as plain text, or as HTML or RTF, which keep its italics. The data formats are plain text only.", Values: CiteApi.Markups, Default: "text", Example: "text"),
            ("/cite/{path}", "url") => new("The address the citation carries: edition (the default) is the fixed edition's (/editions/{edition}/…), which shows the cited words for ever; current is the page's own address, which shows whatever the text says today. Within a fixed edition (/editions/{edition}/cite/…) the citation carries that edition's address either way.", Values: [CiteApi.UrlOfEdition, CiteApi.UrlCurrent], Default: CiteApi.UrlOfEdition, Example: CiteApi.UrlOfEdition),
            ("/download/{file}", "file") => new("A text's id with .md (the Markdown as kept, front matter included) or .txt (plain text with the rights statement).", Pattern: "^[a-z0-9-]+\\.(md|txt)$", Example: "paper.md"),
            ("/download/edition.pdf", "paper") => new("The page size the edition is laid out for.", Values: ["a4", "letter"], Default: "a4", Example: "letter"),
            ("/oembed", "url") => new("The address of a page of this site to embed: an item, a commentary, or a paragraph or sentences by its fragment.", Example: origin + "/paper/commitments/4"),
            ("/oembed", "format") => new("The answer's format. Only json is served; xml answers 501, as the oEmbed specification says.", Values: ["json"], Default: "json", Example: "json"),
            ("/oembed", "maxwidth") => new("The widest the embed may be, in pixels; 600 when absent or wider.", Pattern: WholeNumber, Example: "400"),
            ("/oembed", "maxheight") => new("The tallest the embed may be, in pixels. A passage taller than that is embedded shortened: its quotation ends at a whole line with an ellipsis and a link to read on; no line is ever cut. Below the smallest such form (about 90 pixels at 600 wide) the answer is 404, saying how tall it must be.", Pattern: WholeNumber, Example: "600"),
            ("/embed/{path}", "lines") => new($"Show the quotation in at most this many whole lines, ending with an ellipsis, without its heading: the shortened form oEmbed gives for a small maxheight. From 1 to {Rendering.EmbedSize.MaxLines}.", Pattern: WholeNumber, Example: "2"),
            ("/api/passages", "address") => new("A site address, with its fragment encoded (%23): a document, part, item, paragraph or sentences. Give this or reference; given both, they must name the same passage.", Example: "/paper/commitments/4#s2-s3"),
            ("/api/passages", "reference") => new("A reference as people write one (II.4, II.4:s2-s3, II.4.3, commitment 4, II.4-II.5, Khokhar ¶4), read by the site's reference grammar; several passages are listed in range. Give this or address; given both, they must name the same passage.", MaxLength: 100, Example: "II.4:s2-s3"),
            ("/api/passages", "style") => new("The style or data format of the citation in the answer.", Values: citationFormats, Default: "chicago", Example: "apa"),
            ("/api/references", "text") => new($"The text to read references in, at most {ReferenceLimits.MaxQueryTextLength:N0} characters; POST a longer one.", MaxLength: ReferenceLimits.MaxQueryTextLength, Example: "as commitment 4 of the GSI concept paper says"),
            (_, "part") => new("A part of the paper by its name in the address.", Values: parts, Example: "commitments"),
            (_, "number") => new("An item's number within its part, from 1.", Pattern: WholeNumber, Example: "4"),
            ("/api/commentaries/{id}", "id") => new("A commentary's id, as /api/commentaries lists them.", Values: commentaries, Example: commentaries?.FirstOrDefault() ?? "lei-kezhong"),
            ("/api/terms/{slug}", "slug") => new("A key term's slug, as /api/terms lists them.", Pattern: "^[a-z0-9-]+$", Example: edition?.Terms.All.FirstOrDefault()?.Slug ?? "indivisible-security"),
            ("/ref/{reference}", "reference") => new("A reference as the site's grammar reads it: a part or item by the paper's numbering (II.4, ii.4, 2.4, I), a sentence (II.4:s2, II.4.3), several items (II.4-II.5: the part's page at the first) or a commentary paragraph (Khokhar ¶4). One that names nothing answers 404 saying why.", Example: "II.4"),
            _ => null,
        };
    }

    /// <summary>An example body for each address that reads one, so that the description's every operation can be tried as written.</summary>
    public static JsonNode? BodyExample(string path) => path switch
    {
        "/api/quote-check" => new JsonObject { ["text"] = "Humanity is an indivisible security community." },
        "/api/quote-audit" => new JsonObject { ["article"] = "The paper says that \"humanity is an indivisible security community\" and calls for dialogue." },
        "/api/references" => new JsonObject { ["text"] = "As commitment 4 of the GSI concept paper and Khokhar ¶4 say." },
        _ => null,
    };

    /// <summary>Writes the entry into each of the operation's parameters; the catch-all's "**" is not OpenAPI's, so it goes too.</summary>
    public static void Describe(string path, OpenApiOperation operation, Edition? edition, string origin)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (For(path, parameter.Name!, edition, origin) is not { } text) continue;
            parameter.Description = text.Description;
            var schema = parameter.Schema as OpenApiSchema ?? new OpenApiSchema();
            schema.Type = JsonSchemaType.String;
            if (text.Values is { } values) schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            if (text.Pattern is { } pattern) schema.Pattern = pattern;
            if (text.Default is { } value) schema.Default = JsonValue.Create(value);
            if (text.MaxLength is { } max) schema.MaxLength = max;
            parameter.Schema = schema;
            if (text.Example is { } example) parameter.Example = JsonValue.Create(example);
            // Bound as optional (a missing q is answered 400 with the reason, not by the binder's bare 400), but required all the same.
            if (text.Required) parameter.Required = true;
        }
        if (operation.RequestBody?.Content is { } content && BodyExample(path) is { } body)
            foreach (var media in content.Values.OfType<OpenApiMediaType>()) media.Example = body.DeepClone();
    }
}
