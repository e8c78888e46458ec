using System.Net;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// The oEmbed provider: <c>GET /oembed?url={page address}&amp;format=json</c> answers type <c>rich</c> with HTML that
/// quotes the item in a blockquote, attributes it and links back. An address that is not ours, or names nothing
/// embeddable, answers 404; <c>format=xml</c> answers 501, as the oEmbed specification says.
/// </summary>
public static class OEmbedApi
{
    private const int DefaultWidth = 600;
    private const int DefaultHeight = 320;

    public static void MapOEmbedApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/oembed", (string? url, string? format, string? maxwidth, string? maxheight, HttpContext context, ContentStore store) =>
        {
            if (format is not (null or "" or "json"))
                return format == "xml"
                    ? Results.Problem(title: "Not implemented", detail: "This provider answers format=json only.", statusCode: StatusCodes.Status501NotImplemented)
                    : Results.Problem(title: "Unknown format", detail: "format must be json.", statusCode: StatusCodes.Status501NotImplemented);
            if (string.IsNullOrWhiteSpace(url)) return Results.Problem(title: "Missing url", detail: "Give the address of a page of this site: ?url=…", statusCode: 400);
            var origin = SiteOrigin.Of(context);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !string.Equals(address.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
                return Results.Problem(title: "Not one of our addresses", detail: $"Only addresses under {origin} can be embedded.", statusCode: 404);
            var fragment = address.Fragment.Length > 1 ? address.Fragment[1..] : null;
            if (EmbedTarget.FromPage(store.Library, address.AbsolutePath, fragment) is not { } target)
                return Results.Problem(title: "Nothing to embed at this address", detail: "Embed an item of the paper or a commentary paragraph, e.g. /paper/commitments/4 or /commentaries/chen-xiangyang#p9.", statusCode: 404);

            var width = Bounded(maxwidth, DefaultWidth);
            var height = Bounded(maxheight, DefaultHeight);
            var link = origin + target.Canonical;
            var html = $"<blockquote class=\"gsiportal-quote\" cite=\"{WebUtility.HtmlEncode(link)}\">"
                + string.Concat(target.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p.Text)}</p>"))
                + $"<footer>— {WebUtility.HtmlEncode(target.Attribution)}, <cite><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(target.Title)}</a></cite>, via GsiPortal</footer></blockquote>";
            return Results.Json(new Dictionary<string, object>
            {
                ["version"] = "1.0",
                ["type"] = "rich",
                ["title"] = target.Title,
                ["author_name"] = target.Document.Author,
                ["provider_name"] = "GsiPortal",
                ["provider_url"] = origin + "/",
                ["cache_age"] = 86400,
                ["html"] = html,
                ["width"] = width,
                ["height"] = height,
            });
        }).WithTags("Embedding").WithName("OEmbed").WithSummary("oEmbed (rich) for an item or paragraph address.");

    private static int Bounded(string? requested, int preferred) =>
        int.TryParse(requested, out var n) && n > 0 ? Math.Min(n, preferred) : preferred;
}
