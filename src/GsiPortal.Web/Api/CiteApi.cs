using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>GET /cite/{path}?format=bibtex|ris|csl-json|chicago|apa|mla</c>, narrowed with <c>&amp;at=s2-s3</c> (any fragment
/// the page answers: <c>p5</c>, <c>p4-p6</c>, <c>p5-s2</c>) or <c>&amp;sentence=2</c>: the same citation the Cite panel
/// shows, as a download with the format's media type; a style (Chicago, APA, MLA) also <c>&amp;markup=html</c> or
/// <c>&amp;markup=rtf</c>, with its titles in italics.
/// </summary>
public static class CiteApi
{
    /// <summary>The query parameter that asks for a style as HTML or RTF rather than plain text.</summary>
    public const string MarkupParameter = "markup";

    /// <summary>
    /// <c>url=</c>: which address the citation carries as its URL. <c>edition</c>, the default, is the fixed edition's
    /// (<c>/editions/{version}/…</c>), which shows the cited words for ever; <c>current</c> is the page's own, which shows
    /// whatever the text says today.
    /// </summary>
    public const string UrlParameter = "url";
    public const string UrlOfEdition = "edition";
    public const string UrlCurrent = "current";

    /// <summary>
    /// What a citation's URL starts with: the fixed edition's origin (<c>origin/editions/{version}</c>) unless the
    /// current address is asked for. A citation names the words it quotes, and only the edition's address shows those
    /// words for ever (as legislation.gov.uk's point-in-time and Sefaria's version links do); the archive keeps every
    /// edition (docs/linking.md, "What a citation links"). A request that reads a fixed edition always cites it: its
    /// words are that edition's, whatever was asked. The human styles name the edition by its date and id either way.
    /// </summary>
    public static string CitingOrigin(HttpContext context, Edition edition, bool current = false) =>
        current && FixedEdition.Of(context) is null ? SiteOrigin.Of(context) : SiteOrigin.Of(context) + EditionAddress.Of(edition.Version, "");
    public static IReadOnlyList<string> Markups { get; } = ["text", "html", "rtf"];

    public static void MapCiteApi(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.Cite + "/{**path}", Cite).WithTags(ApiTags.Citations).WithName("Cite").WithSummary("A citation of a document, part, item, paragraph or sentences.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain", [.. CitationFormats.All.Select(CitationFormats.MediaType).Where(t => t != "text/plain").Distinct(), CitationDocuments.HtmlMediaType, CitationDocuments.RtfMediaType])
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    public static Results<ContentHttpResult, ProblemHttpResult> Cite(string path, string? format, string? sentence, string? at, string? markup, string? url, HttpContext context, Edition edition)
    {
        if (url is not null && url != UrlOfEdition && url != UrlCurrent)
            return Problems.BadRequest("Unknown url", $"url must be {UrlOfEdition} (the fixed edition's address, the default) or {UrlCurrent} (the page's current address).");
        if (CitationFormats.Parse(format ?? "chicago") is not { } chosen)
            return Problems.BadRequest("Unknown citation format", $"format must be one of: {string.Join(", ", CitationFormats.All.Select(CitationFormats.Key))}.");
        var markupKind = (markup ?? "text").ToLowerInvariant();
        if (!Markups.Contains(markupKind))
            return Problems.BadRequest("Unknown markup", $"markup must be one of: {string.Join(", ", Markups)}.");
        if (markupKind != "text" && !Pages.Shared.CitePanelView.Styles.Contains(chosen))
            return Problems.BadRequest("Markup is for the styles", $"markup={markupKind} is offered for chicago, apa and mla; {CitationFormats.Key(chosen)} is a data format, plain text by nature.");
        string? fragment = at;
        if (!string.IsNullOrEmpty(sentence))
        {
            if (!IsSentenceSpan(sentence)) return Problems.BadRequest("Invalid sentence", "sentence must be a whole number from 1, or a range such as 2-3.");
            fragment = "s" + sentence.Replace("-", "-s", StringComparison.Ordinal);
        }
        // A pinpoint not written as one, on a page that is there: the request is malformed, not the place missing.
        if (!string.IsNullOrEmpty(at) && string.IsNullOrEmpty(sentence) && !edition.Addresses.IsWellFormedFragment(at) && edition.Addresses.Resolve("/" + path.Trim('/')) is not null)
            return Problems.BadRequest("Invalid pinpoint", $"at must name a place as the site's addresses do: sentences (s2, s2-s3), paragraphs (p4, p4-p6, p2-s3) "
                + $"or an item of the paper (priority-5, commitment-4-s2); “{(at.Length > 40 ? at[..40] + "…" : at)}” is none of these. The whole is cited at {Routes.Cite}/{path.Trim('/')}?format={CitationFormats.Key(chosen)}.");
        if (edition.Addresses.Resolve("/" + path.Trim('/'), fragment) is not { } passage)
            return TypedResults.Problem(title: "Nothing to cite at this address", statusCode: StatusCodes.Status404NotFound,
                // A page that exists with a passage it lacks: what it has, as /embed and /api/passages say it (AddressBook).
                detail: edition.Addresses.WhyNothingAt("/" + path.Trim('/'), fragment) is { } why
                    ? $"{why} The whole is cited at {Routes.Cite}/{path.Trim('/')}?format={CitationFormats.Key(chosen)}."
                    : $"/{path.TrimStart('/')} names no item, part or commentary."
                        + (Problems.TextHint(edition, $"{Routes.Cite}/{path.Trim('/')}") is { } hint ? " " + hint : ""));
        var citation = edition.Citations.For(passage, chosen, CitingOrigin(context, edition, current: url == UrlCurrent), SiteOrigin.Today(context));
        PortalCors.AddLicenseLink(context);
        var (body, mediaType, extension) = markupKind switch
        {
            "html" => (CitationDocuments.Html(citation), CitationDocuments.HtmlMediaType, "html"),
            "rtf" => (CitationDocuments.Rtf(citation), CitationDocuments.RtfMediaType, "rtf"),
            _ => (citation.Text, CitationFormats.MediaType(chosen), CitationFormats.FileExtension(chosen)),
        };
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{CitationPlace.Key(passage)}.{extension}\"";
        return TypedResults.Text(body, mediaType + "; charset=utf-8");
    }

    private static bool IsSentenceSpan(string text) =>
        text.Split('-') is var ends && ends.Length <= 2 && ends.All(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1);
}
