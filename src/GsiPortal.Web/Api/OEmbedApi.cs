using System.Text.Json.Serialization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// The oEmbed provider: <c>GET /oembed?url={page address}&amp;format=json</c> answers type <c>rich</c> whose HTML is the
/// passage's embed page in an iframe: WordPress keeps nothing but an iframe from a provider it discovered
/// (wp_filter_oembed_result), and a blockquote set in the consumer's own styles has no height we could state. An
/// address that is not ours, or names nothing embeddable, answers 404; <c>format=xml</c> answers 501, as the oEmbed
/// specification says. The fragment chooses the passage (<c>#s3</c>, <c>#s2-s3</c>, <c>#p5</c>); a commentary's
/// address embeds the whole commentary. Width and height are the iframe's: 600 pixels wide, or <c>maxwidth</c> when
/// narrower, and as tall as the embed page runs at that width (<see cref="EmbedSize"/>, measured in Chromium by
/// EmbedSizeTests). Under a smaller <c>maxheight</c> the frame shows the shortened embed page (<c>?lines=</c>): the
/// quotation in as many whole lines as fit, ending with an ellipsis and a link to read on, never a frame that cuts a
/// line (issue #26); when not one line fits, 404 says how tall the least embed is.
/// </summary>
public static class OEmbedApi
{

    /// <summary>An oEmbed 1.0 "rich" response, with the specification's own field names.</summary>
    public sealed record OEmbedAnswer(
        [property: JsonPropertyName("version")] string Version,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("author_name")] string AuthorName,
        [property: JsonPropertyName("provider_name")] string ProviderName,
        [property: JsonPropertyName("provider_url")] string ProviderUrl,
        [property: JsonPropertyName("cache_age")] int CacheAge,
        [property: JsonPropertyName("html")] string Html,
        [property: JsonPropertyName("width")] int Width,
        [property: JsonPropertyName("height")] int Height);

    public static void MapOEmbedApi(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.OEmbed, OEmbed).WithTags(ApiTags.Embedding).WithName("OEmbed").WithSummary("oEmbed (rich) for an item, paragraph or sentence address.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status501NotImplemented);

    public static Results<Ok<OEmbedAnswer>, RedirectHttpResult, ProblemHttpResult> OEmbed(string? url, string? format, string? maxwidth, string? maxheight, HttpContext context, Edition edition)
    {
        if (format is not (null or "" or "json"))
            return format == "xml"
                ? TypedResults.Problem(title: "Not implemented", detail: "This provider answers format=json only.", statusCode: StatusCodes.Status501NotImplemented)
                : TypedResults.Problem(title: "Unknown format", detail: "format must be json.", statusCode: StatusCodes.Status501NotImplemented);
        if (string.IsNullOrWhiteSpace(url)) return Problems.BadRequest("Missing url", "Give the address of a page of this site: ?url=…");
        if (Dimension(maxwidth) is not { } widthLimit || Dimension(maxheight) is not { } heightLimit)
            return Problems.BadRequest("Invalid size", "maxwidth and maxheight must be whole numbers of pixels from 1.");
        var origin = SiteOrigin.Of(context);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !string.Equals(address.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(title: "Not one of our addresses", detail: $"Only addresses under {origin} can be embedded.", statusCode: StatusCodes.Status404NotFound);
        var fragment = address.Fragment.Length > 1 ? Uri.UnescapeDataString(address.Fragment[1..]) : null;
        // An edition's address (/editions/{id}/paper/commitments/4#s5: the link every citation gives) is embedded from
        // that edition, whose embed pages show its words: asked here (/editions/{id}/oembed, as its pages advertise),
        // the prefix is this request's own; asked of /oembed (a consumer that knows the current address's provider), it
        // is sent to that edition's, where an unknown or removed edition is refused as its pages are.
        var path = address.AbsolutePath;
        var editionBase = context.Request.PathBase.Value ?? "";
        if (editionBase.Length > 0 && path.StartsWith(editionBase + "/", StringComparison.Ordinal)) path = path[editionBase.Length..];
        else if (InAnEdition(path) is { } other) return TypedResults.Redirect(other + Routes.OEmbed + context.Request.QueryString, permanent: false, preserveMethod: true);
        if (edition.Addresses.Resolve(path, fragment) is not { } found)
            return TypedResults.Problem(title: "Nothing to embed at this address", statusCode: StatusCodes.Status404NotFound,
                detail: (edition.Addresses.WhyNothingAt(path, fragment) is { } why ? why + " " : "") + "Embed an item of the paper, a paragraph or sentences, e.g. /paper/commitments/4, /paper/commitments/4#s2 or /commentaries/chen-xiangyang#p9.");
        var passage = Embeddable(found);
        if (passage is null)
            return TypedResults.Problem(title: "Nothing to embed at this address", statusCode: StatusCodes.Status404NotFound,
                detail: "Embed an item of the paper, a paragraph or sentences, e.g. /paper/commitments/4, /paper/commitments/4#s2 or /commentaries/chen-xiangyang#p9.");

        var width = Math.Min(widthLimit, EmbedSize.DefaultWidth);
        if (EmbedSize.Fit(passage, width, heightLimit) is not { } fit)
            return TypedResults.Problem(title: "Too small to embed", statusCode: StatusCodes.Status404NotFound,
                detail: $"At {width} pixels wide, the shortest embed of this passage (one line of it, with its attribution) is {EmbedSize.ShortHeight(passage, width, 1)} pixels tall; maxheight={heightLimit} leaves no room for a whole line.");
        // In an edition, its embed page: the words of that edition, as the address embedded.
        var html = EmbedHtml.Iframe(passage, origin + editionBase, width, fit.Height, fit.Lines);
        return TypedResults.Ok(new OEmbedAnswer("1.0", "rich", passage.Title, passage.Document.Author, "GsiPortal", origin + "/", 86400, html, width, fit.Height));
    }

    /// <summary>The edition an address names by its prefix (<c>/editions/c2a515536446</c>, or a day), or null when it names none.</summary>
    private static string? InAnEdition(string path)
    {
        var at = new PathString(path);
        if (FixedEditions.TryParse(at, out var version, out var rest)) return path[..^rest.Length];
        if (FixedEditions.TryParseDay(at, out _, out var after)) return path[..^after.Length];
        return null;
    }

    /// <summary>An item, paragraphs or sentences, or a whole commentary; nothing else has an embed page.</summary>
    private static Passage? Embeddable(Passage passage) => EmbedHtml.IsEmbeddable(passage) ? passage : null;

    /// <summary>A maxwidth or maxheight: absent is no limit; anything but a positive whole number is null (refused).</summary>
    private static int? Dimension(string? requested) =>
        string.IsNullOrEmpty(requested) ? int.MaxValue
        : int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
