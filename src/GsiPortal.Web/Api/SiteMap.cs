using System.Text;
using System.Xml;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary><c>/sitemap.xml</c>, listing every page, and <c>/robots.txt</c>, pointing to it.</summary>
public static class SiteMap
{
    /// <summary>Every page of the site, as site paths, with the date of the latest change it shows (null when none is recorded).</summary>
    public static IEnumerable<(string Path, DateOnly? LastModified)> Pages(Edition edition)
    {
        var library = edition.Library;
        // A text's page changes with the changes that name it; every other page shows the whole edition (counts,
        // concordances, the editors' apparatus), so it changes with the latest change of all.
        var latest = library.Changes.Latest;
        DateOnly? Of(string documentId) => library.Changes.Entries.FirstOrDefault(c => c.Texts.Contains(documentId))?.Date ?? latest;
        var paper = Of(library.Paper.Id);
        yield return (Routes.Home, latest);
        yield return (Routes.Paper, paper);
        foreach (var part in library.Paper.Parts) yield return (AddressBook.Part(part), paper);
        // Every page of the paper's reading order (items, introductions, closing passages) but the parts, listed above.
        foreach (var stop in library.Reading.Stops.Where(s => s.Kind != Core.Reading.StopKind.Part)) yield return (stop.Address, paper);
        yield return (Routes.Commentaries, latest);
        foreach (var commentary in library.Commentaries) yield return (AddressBook.Commentary(commentary), Of(commentary.Id));
        yield return (Routes.Search, latest);
        yield return (Routes.QuoteCheck, latest);
        yield return (Routes.Coverage, latest);
        yield return (AddressBook.CompareIndex(), latest);
        foreach (var part in library.Paper.Parts.Where(p => p.Items.Count > 0)) yield return (AddressBook.CompareIndex(part), latest);
        foreach (var item in library.Paper.Items) yield return (AddressBook.Compare(item), latest);
        yield return (Routes.Terms, latest);
        yield return (Routes.Subjects, latest);
        foreach (var term in edition.Terms.All) yield return (AddressBook.Term(term.Slug), latest);
        yield return (Routes.Changes, latest);
        yield return (Routes.About, latest);
        yield return (Routes.HowToCite, latest);
        yield return (Routes.ApiReference, latest);
    }

    public static void MapSiteMap(this IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.Sitemap, (HttpContext context, Edition edition) =>
        {
            var origin = SiteOrigin.Of(context);
            var xml = new MemoryStream();
            using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var (page, lastModified) in Pages(edition))
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", origin + page);
                    // W3C date form, as the sitemaps protocol asks: the day of the latest change the page shows.
                    if (lastModified is { } day) writer.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            return Results.Bytes(xml.ToArray(), "application/xml; charset=utf-8");
        }).WithTags(ApiTags.Site).WithName("Sitemap").WithSummary("Every page of the site, each with the date of the latest change it shows.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");
        app.MapGet(Routes.Robots, (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: {Routes.Api}/\n\nSitemap: {SiteOrigin.Of(context)}{Routes.Sitemap}\n", "text/plain; charset=utf-8"))
            .WithTags(ApiTags.Site).WithName("Robots").WithSummary("Crawlers are welcome everywhere but /api/; names the sitemap.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
    }
}
