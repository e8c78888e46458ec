using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>GET /api/passages?address=/paper/commitments/4%23s2-s3&amp;style=apa</c>: what an address names — its words, title,
/// canonical link, a citation in the style asked for, and the code to embed it. The reading page's passage panel asks
/// this, so the address book and the citation builder stay the one source of both. <c>?reference=II.4</c> (or
/// "commitment 4", as <c>/ref/</c> reads them) names a part or item by the paper's own numbering: the linker script
/// other sites include asks this way.
/// </summary>
public static class PassageApi
{
    /// <summary>
    /// <c>url</c>: the passage's page, as a link shares it (the current text; within an earlier edition, that edition's).
    /// <c>editionUrl</c>: its address in this edition, for ever, which the citation carries. <c>range</c>: every address a
    /// reference names when it names several ("II.4-II.5", "priorities 3–5"); the answer is the first.
    /// </summary>
    public sealed record PassageAnswer(string Address, string Url, string Kind, string Title, string Attribution, string Text, PassageCitation Citation, PassageEmbed? Embed,
        IReadOnlyList<string>? Range = null)
    {
        public string EditionUrl { get; init; } = Url;
    }
    public sealed record PassageCitation(string Format, string Text, string Html);
    public sealed record PassageEmbed(string Url, string Html);

    public static void MapPassageApi(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.ApiPassages, Get).WithTags(ApiTags.Texts).WithName("GetPassage")
            .WithSummary("What an address names: its words, title, link, a citation and embed code.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    public static Results<Ok<PassageAnswer>, ProblemHttpResult, RedirectHttpResult> Get(string? address, string? reference, string? style, HttpContext context, Edition edition)
    {
        IReadOnlyList<string>? range = null;
        if (!string.IsNullOrWhiteSpace(reference))
        {
            if (reference.Length > 100) return Problems.NotFound(reference[..100], "Give a reference such as II.4, III.15, commitment 4 or Khokhar ¶4.");
            var reading = edition.Addresses.References.Read(reference);
            if (!reading.Names) return Problems.NotFound(reference, $"{Capitalised(reading.Reason!)}.");
            // Both given: they must name the same passage, else one of them would be dropped without a word.
            if (!string.IsNullOrWhiteSpace(address) && edition.Addresses.ResolveAddress(address) is { } named && named.Address != reading.Passages[0].Address)
                return Problems.BadRequest("Address and reference differ", $"address names {named.Address} and reference names {reading.Passages[0].Address}: give one of them.");
            address = reading.Passages[0].Address;
            if (reading.Passages.Count > 1) range = reading.Passages.Select(p => p.Address).ToList();
        }
        if (string.IsNullOrWhiteSpace(address))
            return Problems.BadRequest("Missing address", "Give a site address such as ?address=/paper/commitments/4%23s3 (the # encoded as %23), or a reference such as ?reference=II.4.");
        // The site's own address written whole, as the panel's "Copy link" puts it on the clipboard, is read as its path
        // (review 19, D5: it was refused as "not an address on this site").
        if (!address.StartsWith('/') && Uri.TryCreate(address, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (!OnThisSite(absolute, context))
                return Problems.BadRequest("Not a site address", $"'{Shown(address)}' is an address on another site ({absolute.GetLeftPart(UriPartial.Authority)}): give one on "
                    + $"{SiteOrigin.Of(context)}, whole or as its path, such as ?address=/paper/commitments/4%23s3 (the # encoded as %23).");
            address = OwnPath(absolute, context);
        }
        // An address was given, so "missing" would be untrue: say what is wrong with it, and where a reference goes.
        if (!address.StartsWith('/'))
            return Problems.BadRequest("Not a site address", $"'{Shown(address)}' is not an address on this site: give its path, which begins with /, or the whole address on {SiteOrigin.Of(context)}, such as "
                + "?address=/paper/commitments/4%23s3 (the # encoded as %23). A reference such as II.4 goes in ?reference=.");
        // An earlier edition's address (what Copy link gives on its pages, /editions/{id}/paper/commitments/4#s5) names
        // that edition's words: asked of that edition, as its own pages ask, rather than looked up in this one and not
        // found. An edition this copy does not hold is then refused there with the editions it holds.
        if (EditionAsked(address) is { } asked)
            return TypedResults.Redirect($"{asked.Prefix}{Routes.ApiPassages}?address={Uri.EscapeDataString(asked.Address)}"
                + (style is null ? "" : $"&style={Uri.EscapeDataString(style)}"), permanent: false, preserveMethod: true);
        if (CitationFormats.Parse(style ?? "chicago") is not { } format)
            return Problems.BadRequest("Unknown citation style", $"style must be one of: {string.Join(", ", CitationFormats.All.Select(CitationFormats.Key))}.");
        if (edition.Addresses.ResolveAddress(address) is not { } passage)
            return edition.Addresses.WhyNothingAtAddress(address) is { } why
                ? TypedResults.Problem(title: "Not found", detail: why, statusCode: StatusCodes.Status404NotFound)
                : Problems.NotFound(address, "Give the address of a document, part, item, paragraph or sentences.");
        var origin = SiteOrigin.Of(context);
        // The citation carries the edition's address, as every citation does by default; the url is the page a link
        // shares (the linker's "Read it on GsiPortal", the panel's Copy link), the current text, or within an earlier
        // edition (/editions/{v}/api/passages) that edition's, as its page's Cite section gives it.
        var citing = CiteApi.CitingOrigin(context, edition);
        var linking = CiteApi.CitingOrigin(context, edition, current: true);
        var citation = edition.Citations.For(passage, format, citing, SiteOrigin.Today(context));
        var embed = passage.IsQuotable ? new PassageEmbed(origin + AddressBook.Embed(passage), EmbedHtml.Iframe(passage, origin)) : null;
        return TypedResults.Ok(new PassageAnswer(passage.Address, linking + passage.Address, passage.Kind.ToString().ToLowerInvariant(), passage.Title,
            passage.Attribution, passage.Text, new PassageCitation(CitationFormats.Key(format), citation.Text, Markup.Citation(citation)), embed, range)
            { EditionUrl = citing + passage.Address });
    }

    /// <summary>The edition's prefix (<c>/editions/{id}</c> or <c>/editions/{day}</c>) and the address within it, when an address names one.</summary>
    private static (string Prefix, string Address)? EditionAsked(string address)
    {
        var end = address.IndexOfAny(['?', '#']);
        var path = new PathString(end < 0 ? address : address[..end]);
        if (!FixedEditions.TryParse(path, out _, out var rest) && !FixedEditions.TryParseDay(path, out _, out rest)) return null;
        var prefix = path.Value![..^rest.Length];
        return (prefix, (rest.Length == 0 ? "/" : rest) + (end < 0 ? "" : address[end..]));
    }

    private static string Shown(string address) => address.Length > 100 ? address[..100] : address;

    /// <summary>On the site's configured public origin, or the origin this request came to (the two differ behind a proxy, or on a developer's machine).</summary>
    private static bool OnThisSite(Uri address, HttpContext context)
    {
        var origin = address.GetLeftPart(UriPartial.Authority);
        return string.Equals(origin, SiteOrigin.Of(context), StringComparison.OrdinalIgnoreCase)
            || (context.Request.Host.HasValue && string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The address's path, query and fragment, less the edition prefix this request was asked under (/editions/{v}), as a relative address gives them.</summary>
    private static string OwnPath(Uri address, HttpContext context)
    {
        var path = address.AbsolutePath;
        var editionBase = context.Request.PathBase.Value ?? "";
        if (editionBase.Length > 0 && path.StartsWith(editionBase + "/", StringComparison.Ordinal)) path = path[editionBase.Length..];
        return path + address.Query + address.Fragment;
    }

    private static string Capitalised(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];
}
